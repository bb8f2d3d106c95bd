import type { MessageKey } from "./en";

/** French: partial; missing keys fall back to English. */
export const fr: Partial<Record<MessageKey, string>> = {
  "site.name": "Portail du dialogue constructif",
  "nav.skip": "Aller au contenu principal",
  "nav.home": "Accueil",
  "nav.statements": "Déclarations",
  "nav.submit": "Soumettre une déclaration",
  "nav.mySubmissions": "Mes soumissions",
  "nav.signIn": "Se connecter",
  "nav.signOut": "Se déconnecter",
  "nav.language": "Langue",
  "signIn.title": "Se connecter",
  "signIn.email": "Adresse électronique",
  "signIn.submit": "M’envoyer un lien de connexion",
  "verify.continue": "Continuer",
  "home.searchButton": "Rechercher",
};
