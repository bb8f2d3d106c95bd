import type { HouseCatalog } from "./catalog";

/** French strings of issue 14 (the emails past their last delivery attempt, on /admin). Every key is required. */
export const frHouse: HouseCatalog = {
  "admin.undelivered.heading": "Courriels non remis",
  "admin.undelivered.intro": "Ces courriels ont échoué à chacune de leurs {max} tentatives d’envoi et ne sont plus réessayés. Vérifiez l’adresse et l’erreur ; docs/operations.md explique comment en renvoyer un.",
  "admin.undelivered.none": "Tous les courriels ont été remis ou sont encore en cours d’envoi.",
  "admin.undelivered.recipient": "Destinataire",
  "admin.undelivered.subject": "Objet",
  "admin.undelivered.error": "Dernière erreur",
  "admin.undelivered.attempts": "Tentatives",
  "admin.undelivered.queued": "Mis en file",
  "admin.undelivered.more": "{count, plural, one {# autre courriel non affiché} other {# autres courriels non affichés}}",
};
