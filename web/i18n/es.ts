import type { MessageKey } from "./en";

/** Spanish: partial; missing keys fall back to English. */
export const es: Partial<Record<MessageKey, string>> = {
  "site.name": "Portal del diálogo constructivo",
  "nav.skip": "Ir al contenido principal",
  "nav.home": "Inicio",
  "nav.statements": "Declaraciones",
  "nav.submit": "Presentar una declaración",
  "nav.mySubmissions": "Mis presentaciones",
  "nav.signIn": "Iniciar sesión",
  "nav.signOut": "Cerrar sesión",
  "nav.language": "Idioma",
  "signIn.title": "Iniciar sesión",
  "signIn.email": "Correo electrónico",
  "signIn.submit": "Enviarme un enlace de acceso",
  "verify.continue": "Continuar",
  "home.searchButton": "Buscar",
};
