/**
 * The theme lexicon: for each theme of the taxonomy, words and phrases in English, French and
 * Spanish that signal it. Written without accents (text is folded before matching); a trailing
 * `*` matches any ending ("legislat*" → legislation, legislative, législation, legislación).
 * Admins extend it per theme (table theme_keywords, docs/intake.md).
 */
export const LEXICON: Record<string, { en: string[]; fr: string[]; es: string[] }> = {
  "national-strategy": {
    en: ["national strateg*", "regional strateg*", "global strateg*", "action plan*", "national plan*", "policy framework*", "national polic*", "strategic framework*", "whole-of-government", "whole of government", "state and society response*"],
    fr: ["strategie* nationale*", "plan* d'action", "plan* national*", "cadre* strategique*", "politique* nationale*", "cadre* politique*"],
    es: ["estrategia* nacional*", "plan* de accion", "plan* nacional*", "marco* estrategico*", "politica* nacional*", "politica* publica*", "marco* de politica*"],
  },
  legislation: {
    en: ["legislat*", "criminaliz*", "criminalis*", "domestic law*", "national law*", "penal code", "criminal code", "amend* the law", "law reform", "statut*", "non-punishment provision*", "regulate*", "ban", "require companies", "mandatory", "not be prosecuted", "never prosecuted", "not prosecuted"],
    fr: ["legislati*", "legislation*", "incrimin*", "penalis*", "code penal", "loi* nationale*", "droit interne", "cadre juridique", "reforme* legislative*", "reglement*", "interdire", "pas poursuivi*", "jamais poursuivi*"],
    es: ["legislac*", "legislativ*", "tipific*", "penaliz*", "criminaliz*", "codigo penal", "ley* nacional*", "marco juridico", "marco legal", "reforma* legal*", "regulacion*", "prohibir", "no sean procesad*", "no sean perseguid*"],
  },
  "institutional-coordination": {
    en: ["inter-agency", "interagency", "multi-agency", "task force*", "referral mechanism*", "coordinat*", "national rapporteur*", "focal point*", "standard operating procedure*", "multi-stakeholder", "multistakeholder", "labour inspect*", "labor inspect*", "central authorit*"],
    fr: ["interinstitution*", "inter-institution*", "groupe* de travail interminist*", "mecanisme* d'orientation", "mecanisme* national* d'orientation", "coordin*", "point* focal*", "procedures operationnelles", "inspection du travail", "inspecteur* du travail", "autorite* centrale*"],
    es: ["interinstitucional*", "grupo* de tarea*", "fuerza* de tarea*", "mecanismo* de derivacion", "mecanismo* de referencia", "coordin*", "punto* focal*", "protocolo* de actuacion", "inspeccion del trabajo", "inspector* de trabajo", "autoridad* central*"],
  },
  "organized-criminal-groups": {
    en: ["organized criminal group*", "organised criminal group*", "criminal network*", "criminal organi*", "ocgs", "prosecut*", "investigat*", "dismantl*", "financial investigation*", "money laundering", "asset* recovery", "confiscat*", "proceeds of crime", "convictions", "smuggling network*", "trafficking network*", "smuggling ring*"],
    fr: ["groupe* criminel* organise*", "reseau* criminel*", "organisation* criminelle*", "poursuite*", "enquete*", "demantel*", "blanchiment", "confiscation*", "produit* du crime", "reseau* de passeurs", "reseau* de traite"],
    es: ["grupo* delictivo* organizado*", "grupo* criminal* organizado*", "red* criminal*", "red* delictiva*", "organizacion* criminal*", "enjuici*", "investigac*", "desarticul*", "lavado de activos", "blanqueo", "decomiso*", "redes de trafico", "redes de trata", "red* de traficantes"],
  },
  "prevention-awareness": {
    en: ["public awareness", "awareness", "awareness-raising", "prevent*", "educat*", "campaign*", "school*", "sensiti[sz]ation", "supply chain*", "due diligence", "recruitment fee*", "recruitment agenc*", "ethical recruitment", "risks of trafficking", "risk of trafficking", "fraudulent offers", "fraudulent job offers", "information campaign*"],
    fr: ["sensibilis*", "prevention", "prevenir", "education", "educati*", "campagne*", "ecole*", "information du public", "chaine* d'approvisionnement", "devoir de vigilance", "frais de recrutement", "risques de la traite", "offres frauduleuses", "campagne* d'information"],
    es: ["sensibiliz*", "concienciac*", "concientizac*", "prevencion", "prevenir", "educac*", "campana*", "escuela*", "cadena* de suministro", "debida diligencia", "cobro* de reclutamiento", "riesgos de la trata", "ofertas fraudulentas", "campana* de informacion"],
  },
  "socio-economic-drivers": {
    en: ["root cause*", "poverty", "social justice", "inequalit*", "unemployment", "livelihood*", "economic opportunit*", "safe migration", "regular migration", "regular pathway*", "legal pathway*", "labour migration", "labor migration", "vulnerable communit*", "socio-economic", "socioeconomic", "decent work", "climate change"],
    fr: ["cause* profonde*", "pauvrete", "justice sociale", "inegalite*", "chomage", "moyens de subsistance", "voie* legale*", "voie* de migration", "migration sure", "migration reguliere", "socio-economique*", "travail decent"],
    es: ["causa* estructural*", "causa* fundamental*", "causa* profunda*", "pobreza", "justicia social", "desigualdad*", "desempleo", "medios de vida", "via* regular*", "vias legales", "migracion segura", "migracion regular", "socioeconomic*", "trabajo decente"],
  },
  "human-rights": {
    en: ["human rights", "human-rights", "victim-centred", "victim-centered", "survivor-centred", "survivor-centered", "gender-responsive", "gender-sensitive", "gender perspective*", "gender equality", "child-sensitive", "best interests of the child", "rights-based", "dignity", "non-discriminat*", "trauma-informed", "treated as criminals", "migration status", "immigration status"],
    fr: ["droits de l'homme", "droits humains", "droits de la personne", "centree* sur les victimes", "axee* sur les victimes", "sensible* au genre", "perspective de genre", "egalite des genres", "interet superieur de l'enfant", "fonde* sur les droits", "dignite", "non-discrimination", "traites comme des criminels", "statut migratoire"],
    es: ["derechos humanos", "centrad* en la* victima*", "enfoque de genero", "perspectiva de genero", "sensible* al genero", "igualdad de genero", "interes superior del nino", "interes superior de la nina", "basado* en derechos", "dignidad", "no discriminacion", "tratados como criminales", "situacion migratoria"],
  },
  "victim-protection": {
    en: ["protection of victims", "victim protection", "victim identification", "identify victims", "identification of victims", "assistance to victims", "victim assistance", "support services", "shelter*", "reintegrat*", "rehabilitat*", "compensation", "remed*", "non-punishment", "legal aid", "psychosocial", "witness protection", "residence permit*", "smuggled migrants", "return and reintegration", "medical care", "health care", "identify trafficking", "consular assistance", "unaccompanied", "separated children", "child protection", "rescue*", "search and rescue"],
    fr: ["protection des victimes", "identification des victimes", "assistance aux victimes", "aide aux victimes", "refuge", "refuges", "foyer* d'accueil", "hebergement", "reinsertion", "reintegration", "rehabilitation", "indemnisation", "reparation*", "non-sanction", "aide juridictionnelle", "psychosocia*", "permis de sejour", "migrants objet* d'un trafic", "assistance medicale", "assistance juridique", "soins", "assistance consulaire", "prise en charge", "non accompagne*", "protection de l'enfance", "sauvetage"],
    es: ["proteccion de (las )?victimas", "proteccion a (las )?victimas", "identificacion de (las )?victimas", "asistencia a (las )?victimas", "atencion a (las )?victimas", "albergue*", "refugio*", "reintegracion", "reinsercion", "rehabilitacion", "indemnizacion", "reparacion*", "no punibilidad", "no castigo", "asistencia juridica", "psicosocial*", "permiso* de residencia", "migrantes objeto de trafico", "atencion medica", "atencion en salud", "asistencia medica", "asistencia consular", "no acompanad*", "proteccion de la infancia", "rescate*"],
  },
  "border-management": {
    en: ["border management", "border control*", "border guard*", "border official*", "border agenc*", "border point*", "border crossing*", "at the border*", "document security", "travel document*", "identity document*", "fraudulent document*", "passport*", "visa*", "identity management", "biometric*"],
    fr: ["gestion des frontieres", "controle* aux frontieres", "controle* frontalier*", "garde* frontiere*", "poste* frontiere*", "agents? de la police aux frontieres", "frontiere*", "document* de voyage", "document* d'identite", "faux documents", "passeport*", "visa*", "biometri*"],
    es: ["gestion de (las )?fronteras", "control* fronteriz*", "guardia* de frontera*", "paso* fronteriz*", "frontera*", "documento* de viaje", "documento* de identidad", "documentos fraudulentos", "pasaporte*", "visado*", "biometri*", "puesto* fronteriz*"],
  },
  "anti-corruption": {
    en: ["corrupt*", "anti-corruption", "bribe*", "bribery", "integrity", "collusion", "conflict* of interest", "transparen*", "accountab*", "complicit*", "officials who protect"],
    fr: ["corruption", "corrompu*", "anticorruption", "anti-corruption", "pot*-de-vin", "integrite", "collusion", "conflit* d'interet*", "transparence", "redevabilite", "complicite*"],
    es: ["corrupcion", "corrupt*", "anticorrupcion", "soborno*", "cohecho", "integridad", "colusion", "conflicto* de interes*", "transparencia", "rendicion de cuentas", "complicidad*", "funcionarios publicos"],
  },
  "rule-of-law": {
    en: ["rule of law", "access to justice", "independent judiciar*", "independence of the judiciary", "judicial independence", "due process", "fair trial*", "judiciary", "judges"],
    fr: ["etat de droit", "acces a la justice", "independance de la justice", "independance judiciaire", "proces equitable*", "juges"],
    es: ["estado de derecho", "acceso a la justicia", "independencia judicial", "independencia del poder judicial", "debido proceso", "juicio* justo*", "poder judicial", "jueces"],
  },
  "data-research": {
    en: ["data", "statistic*", "evidence-based", "evidence base", "research", "monitoring and evaluation", "indicator*", "survey*", "disaggregated", "information system*", "database*", "baseline", "electronic register*", "centralized register*", "centralised register*"],
    fr: ["donnees", "statistique*", "fonde* sur des donnees", "recherches sur", "travaux de recherche", "suivi et evaluation", "indicateur*", "enquete* statistique*", "ventilees", "base* de donnees", "registre* informatise*", "registre* electronique*"],
    es: ["datos", "estadistica*", "basad* en evidencia*", "basad* en datos", "investigacion* academica*", "estudio*", "monitoreo y evaluacion", "seguimiento y evaluacion", "indicador*", "encuesta*", "desagregad*", "base* de datos", "registro* electronico*", "registro* informatizado*"],
  },
  technology: {
    en: ["technolog*", "online", "internet", "digital", "cyber*", "social media", "artificial intelligence", "electronic evidence", "e-evidence", "tech compan*", "encrypt*", "algorithm*", "recruitment online"],
    fr: ["technolog*", "en ligne", "internet", "numerique*", "cyber*", "reseaux sociaux", "intelligence artificielle", "preuve* electronique*", "preuve* numerique*"],
    es: ["tecnolog*", "en linea", "internet", "digital*", "ciber*", "redes sociales", "inteligencia artificial", "prueba* electronica*", "evidencia* digital*", "prueba* digital*"],
  },
  "international-cooperation": {
    en: ["international cooperation", "cross-border cooperation", "regional cooperation", "mutual legal assistance", "extradit*", "joint investigation team*", "bilateral agreement*", "bilateral and multilateral", "information sharing between", "transnational cooperation", "countries of origin, transit and destination", "interpol", "cooperation between states", "another jurisdiction", "other jurisdictions", "neighbouring countries", "neighboring countries", "cross-border", "origin and destination"],
    fr: ["cooperation internationale", "cooperation transfrontaliere", "cooperation regionale", "entraide judiciaire", "extradition*", "equipe* commune* d'enquete", "accord* bilateraux", "pays d'origine, de transit et de destination", "echange d'informations entre", "pays voisins", "autre juridiction", "transfrontalier*"],
    es: ["cooperacion internacional", "cooperacion transfronteriza", "cooperacion regional", "asistencia judicial reciproca", "asistencia judicial mutua", "extradic*", "equipo* conjunto* de investigacion", "acuerdo* bilateral*", "paises de origen, transito y destino", "intercambio de informacion entre", "paises vecinos", "otra jurisdiccion", "transfronteriz*", "otros paises"],
  },
  "technical-assistance": {
    en: ["technical assistance", "capacity building", "capacity-building", "build capacit*", "strengthen capacit*", "training*", "trained", "train", "specialized training", "peer learning", "technical support", "build the capacit*", "building the capacit*", "capacity of"],
    fr: ["assistance technique", "renforcement des capacites", "renforcer les capacites", "formation*", "former les", "former leur*", "formation specialisee", "capacites de"],
    es: ["asistencia tecnica", "creacion de capacidad*", "fortalecimiento de (las )?capacidades", "fortalecer (las )?capacidades", "capacitac*", "capacitar", "formacion", "capacidad de las", "capacidades de"],
  },
  "civil-society-participation": {
    en: ["civil society participation", "participation of civil society", "review mechanism", "non-governmental stakeholder*", "inclusive review", "country visit*", "engage civil society", "involve civil society", "consult civil society", "role of civil society", "meaningful participation", "seat at the table", "include civil society", "involve civil society organi[sz]ations", "include civil society organi[sz]ations", "civil society organi[sz]ations"],
    fr: ["participation de la societe civile", "mecanisme d'examen", "parties prenantes non gouvernementales", "associer la societe civile", "consulter la societe civile", "role de la societe civile", "participation significative", "associer les organisations de la societe civile", "inclure la societe civile", "organisations de la societe civile"],
    es: ["participacion de la sociedad civil", "mecanismo de examen", "interesados no gubernamentales", "partes interesadas no gubernamentales", "involucrar a la sociedad civil", "consultar a la sociedad civil", "papel de la sociedad civil", "participacion significativa", "incluir a la sociedad civil", "participacion de organizaciones de la sociedad civil", "organizaciones de la sociedad civil"],
  },
  "civil-society-protection": {
    en: ["whistle-blower*", "whistleblower*", "human rights defender*", "journalist*", "reprisal*", "intimidation", "civic space", "protection of civil society", "protect civil society", "protection of witnesses", "safety of activists", "shrinking space", "protect humanitarian organi[sz]ations", "criminali[sz]ation of solidarity"],
    fr: ["lanceur* d'alerte", "lanceuse* d'alerte", "defenseur* des droits", "defenseuse* des droits", "journaliste*", "represailles", "intimidation*", "espace civique", "protection de la societe civile", "proteger les organisations humanitaires", "delit de solidarite"],
    es: ["denunciante*", "alertador*", "defensor* de derechos humanos", "defensora* de derechos humanos", "periodista*", "represalia*", "intimidacion*", "espacio civico", "proteccion de la sociedad civil", "proteger a las organizaciones humanitarias", "criminalizacion de la solidaridad"],
  },
  "firearms-control": {
    en: ["firearm*", "marking", "record-keeping", "record keeping", "tracing", "arms transfer*", "import and export licen*", "small arms", "light weapons", "ammunition", "gun*", "weapons", "arms trafficking", "trafficking in firearms"],
    fr: ["arme* a feu", "marquage", "conservation des informations", "tracage", "transfert* d'armes", "armes legeres", "munitions", "trafic d'armes"],
    es: ["arma* de fuego", "marcaje", "marcado", "registro* de armas", "rastreo", "localizacion de armas", "transferencia* de armas", "armas pequenas", "armas ligeras", "municion*", "trafico de armas"],
  },
  "emerging-forms": {
    en: ["organ removal", "removal of organs", "organ trafficking", "forced criminality", "forced criminal", "environmental crime*", "wildlife", "illegal logging", "illegal mining", "scam compound*", "online scam*", "cyber-scam*", "emerging form*", "new forms of", "cyber-enabled"],
    fr: ["prelevement d'organes", "trafic d'organes", "criminalite forcee", "criminalite environnementale", "faune sauvage", "exploitation forestiere illegale", "orpaillage illegal", "forme* emergente*", "nouvelles formes"],
    es: ["extraccion de organos", "trafico de organos", "criminalidad forzada", "delitos ambientales", "delito* ambiental*", "delitos contra el medio ambiente", "vida silvestre", "tala ilegal", "mineria ilegal", "forma* emergente*", "nuevas formas"],
  },
};
