import type { EmailInCatalog } from "./catalog";

/** French strings of the replies to statements sent by email. Every key is required. */
export const frEmailIn: EmailInCatalog = {
  "email.intake.draft.subject": "Brouillon enregistré : {reference}",
  "email.intake.draft.intro": "Merci. Nous avons lu la déclaration que vous avez envoyée par courriel et l’avons enregistrée comme brouillon dans votre compte.",
  "email.intake.draft.notSubmitted": "Elle n’est pas encore soumise : rien n’est transmis à l’ONUDC ni publié tant que vous ne l’avez pas vérifiée, complétée et soumise.",
  "email.intake.draft.reference": "Référence",
  "email.intake.draft.readFrom": "Lu dans",
  "email.intake.draft.body": "le texte de votre courriel",
  "email.intake.draft.segment": "Segment",
  "email.intake.draft.noSegment": "Pas encore choisi : choisissez-le dans le brouillon.",
  "email.intake.draft.organization": "Organisation",
  "email.intake.draft.speaker": "Intervenant·e",
  "email.intake.draft.notFound": "Non trouvé : ajoutez-le dans le brouillon.",
  "email.intake.draft.proposals": "Propositions trouvées",
  "email.intake.draft.proposalCount": "{count, plural, one {# proposition} other {# propositions}}",
  "email.intake.draft.noProposals": "Aucune reconnue : ajoutez-les dans le brouillon, une par case.",
  "email.intake.draft.ignored": "{count, plural, one {# pièce jointe n’a pas été lue} other {# pièces jointes n’ont pas été lues}} : seuls les fichiers PDF, Word (DOCX) et texte le sont.",
  "email.intake.draft.button": "Vérifier et soumettre",
  "email.intake.draft.link": "Le bouton vous connecte et ouvre le brouillon. Il fonctionne une seule fois, pendant 24 heures. Ensuite, connectez-vous avec cette adresse électronique ; le brouillon se trouve sous Mes soumissions :",
  "email.intake.refused.subject": "Votre courriel n’a pas pu être lu comme une déclaration",
  "email.intake.refused.intro": "Nous avons reçu votre courriel adressé à {address}, mais nous n’avons pas pu en tirer une déclaration.",
  "email.intake.refused.noStatement": "Il ne contient aucune déclaration lisible : joignez un fichier PDF, Word (DOCX) ou texte, ou écrivez la déclaration dans le courriel lui-même (au moins 50 caractères).",
  "email.intake.refused.tooLarge": "Le courriel ou son document dépasse 20 Mio.",
  "email.intake.refused.tooManyAttachments": "Il contient plus de {max} pièces jointes. Envoyez la déclaration seule.",
  "email.intake.refused.unreadable": "Le document {filename} n’a pas pu être lu : {reason}",
  "email.intake.refused.retry": "Renvoyez-le une fois corrigé, ou soumettez la déclaration sur le portail :",
};
