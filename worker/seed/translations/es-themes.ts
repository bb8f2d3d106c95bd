import type { ThemeCatalog } from "../taxonomy";

/** Spanish labels and descriptions of the seeded themes (UNTOC and Protocols terminology). Every slug is required. */
export const esThemes: ThemeCatalog = {
  "national-strategy": { label: "Estrategias nacionales y marcos de políticas", description: "Estrategias nacionales y regionales, planes de acción y marcos de políticas contra la delincuencia organizada." },
  legislation: { label: "Legislación y penalización", description: "Legislación nacional, penalización de los delitos y armonización con la Convención y sus Protocolos." },
  "institutional-coordination": { label: "Coordinación interinstitucional, equipos de tareas, mecanismos de derivación", description: "Coordinación entre organismos, equipos de tareas y mecanismos nacionales de derivación." },
  "organized-criminal-groups": { label: "Investigación y enjuiciamiento de grupos delictivos organizados", description: "Investigación, enjuiciamiento y desarticulación de grupos delictivos organizados." },
  "prevention-awareness": { label: "Prevención, sensibilización pública y educación", description: "Prevención, campañas de sensibilización y educación." },
  "socio-economic-drivers": { label: "Causas profundas: pobreza, justicia social, vías de migración seguras", description: "Pobreza, desigualdad, justicia social y vías de migración seguras y regulares." },
  "human-rights": { label: "Derechos humanos, enfoques centrados en las víctimas y con perspectiva de género", description: "Derechos humanos, enfoques centrados en las víctimas, adaptados a los niños y con perspectiva de género." },
  "victim-protection": { label: "Protección, asistencia y reintegración de víctimas y migrantes", description: "Identificación, protección, asistencia, indemnización y reintegración de las víctimas y de los migrantes objeto de tráfico ilícito." },
  "border-management": { label: "Gestión de fronteras y seguridad de los documentos", description: "Control fronterizo, seguridad de los documentos y gestión de la identidad." },
  "anti-corruption": { label: "Lucha contra la corrupción e integridad", description: "Corrupción que facilita la delincuencia organizada; integridad de las instituciones." },
  "rule-of-law": { label: "Estado de derecho y acceso a la justicia", description: "Estado de derecho, independencia judicial y acceso a la justicia." },
  "data-research": { label: "Datos, evidencia e investigación", description: "Recopilación de datos, evidencia e investigación para fundamentar las políticas." },
  technology: { label: "Tecnología, explotación en línea y pruebas digitales", description: "Explotación en línea, delitos facilitados por medios cibernéticos, pruebas digitales y nuevas tecnologías." },
  "international-cooperation": { label: "Cooperación internacional: asistencia judicial recíproca, extradición", description: "Asistencia judicial recíproca, extradición y cooperación transfronteriza." },
  "technical-assistance": { label: "Asistencia técnica y creación de capacidad", description: "Asistencia técnica, capacitación y creación de capacidad." },
  "civil-society-participation": { label: "Participación de la sociedad civil en el proceso de examen", description: "Participación de los interesados no gubernamentales en el Mecanismo de Examen." },
  "civil-society-protection": { label: "Protección de la sociedad civil, los denunciantes y los testigos", description: "Protección de los agentes de la sociedad civil, los periodistas, los denunciantes y los testigos." },
  "firearms-control": { label: "Marcación, mantenimiento de registros, localización y control de transferencias de armas de fuego", description: "Marcación de las armas de fuego, mantenimiento de registros, localización y control de las transferencias." },
  "emerging-forms": { label: "Formas nuevas: extracción de órganos, delincuencia forzada, delitos ambientales", description: "Formas nuevas de delincuencia: extracción de órganos, delincuencia forzada, delitos que afectan al medio ambiente." },
};
