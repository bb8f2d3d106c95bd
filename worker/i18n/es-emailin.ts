import type { EmailInCatalog } from "./catalog";

/** Spanish strings of the replies to statements sent by email. Every key is required. */
export const esEmailIn: EmailInCatalog = {
  "email.intake.draft.subject": "Borrador guardado: {reference}",
  "email.intake.draft.intro": "Gracias. Hemos leído la declaración que envió por correo electrónico y la hemos guardado como borrador en su cuenta.",
  "email.intake.draft.notSubmitted": "Todavía no está presentada: nada llega a la UNODC ni se publica hasta que usted la revise, la complete y la presente.",
  "email.intake.draft.reference": "Referencia",
  "email.intake.draft.readFrom": "Leída de",
  "email.intake.draft.body": "el texto de su correo",
  "email.intake.draft.segment": "Segmento",
  "email.intake.draft.noSegment": "Aún sin elegir: elíjalo en el borrador.",
  "email.intake.draft.organization": "Organización",
  "email.intake.draft.speaker": "Orador/a",
  "email.intake.draft.notFound": "No encontrado: añádalo en el borrador.",
  "email.intake.draft.proposals": "Propuestas encontradas",
  "email.intake.draft.proposalCount": "{count, plural, one {# propuesta} other {# propuestas}}",
  "email.intake.draft.noProposals": "No se reconoció ninguna: añádalas en el borrador, una por casilla.",
  "email.intake.draft.ignored": "{count, plural, one {# archivo adjunto no se leyó} other {# archivos adjuntos no se leyeron}}: solo se leen archivos PDF, Word (DOCX) y de texto.",
  "email.intake.draft.button": "Revisar y presentar",
  "email.intake.draft.link": "El botón inicia su sesión y abre el borrador. Funciona una sola vez, durante 24 horas. Después, inicie sesión con esta dirección de correo; el borrador está en Mis presentaciones:",
  "email.intake.refused.subject": "Su correo no pudo leerse como una declaración",
  "email.intake.refused.intro": "Recibimos su correo enviado a {address}, pero no pudimos guardar una declaración a partir de él.",
  "email.intake.refused.noStatement": "No contiene ninguna declaración legible: adjunte un archivo PDF, Word (DOCX) o de texto, o escriba la declaración en el propio correo (al menos 50 caracteres).",
  "email.intake.refused.tooLarge": "El correo o su documento supera los 20 MiB.",
  "email.intake.refused.tooManyAttachments": "Tiene más de {max} archivos adjuntos. Envíe la declaración sola.",
  "email.intake.refused.unreadable": "No se pudo leer el documento {filename}: {reason}",
  "email.intake.refused.retry": "Vuelva a enviarlo una vez corregido, o presente la declaración en el portal:",
};
