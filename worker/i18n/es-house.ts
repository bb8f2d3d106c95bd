import type { HouseCatalog } from "./catalog";

/** Spanish strings of issue 14 (the emails past their last delivery attempt, on /admin). Every key is required. */
export const esHouse: HouseCatalog = {
  "admin.undelivered.heading": "Correos no entregados",
  "admin.undelivered.intro": "Estos correos fallaron en cada uno de sus {max} intentos de envío y ya no se reintentan. Compruebe la dirección y el error; docs/operations.md explica cómo reenviar uno.",
  "admin.undelivered.none": "Todos los correos se han entregado o se siguen intentando.",
  "admin.undelivered.recipient": "Destinatario",
  "admin.undelivered.subject": "Asunto",
  "admin.undelivered.error": "Último error",
  "admin.undelivered.attempts": "Intentos",
  "admin.undelivered.queued": "En cola desde",
  "admin.undelivered.more": "{count, plural, one {# correo más no mostrado} other {# correos más no mostrados}}",
};
