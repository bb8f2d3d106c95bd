import type { ThemeCatalog } from "../taxonomy";

/** French labels and descriptions of the seeded themes (UNTOC and Protocols terminology). Every slug is required. */
export const frThemes: ThemeCatalog = {
  "national-strategy": { label: "Stratégies nationales et cadres d'action", description: "Stratégies nationales et régionales, plans d'action et cadres d'action contre la criminalité organisée." },
  legislation: { label: "Législation et incrimination", description: "Législation interne, incrimination des infractions et mise en conformité avec la Convention et ses Protocoles." },
  "institutional-coordination": { label: "Coordination interinstitutions, équipes spéciales, mécanismes d'orientation", description: "Coordination entre les services, équipes spéciales et mécanismes nationaux d'orientation." },
  "organized-criminal-groups": { label: "Enquêtes et poursuites visant les groupes criminels organisés", description: "Enquêtes, poursuites et démantèlement des groupes criminels organisés." },
  "prevention-awareness": { label: "Prévention, sensibilisation du public et éducation", description: "Prévention, campagnes de sensibilisation et éducation." },
  "socio-economic-drivers": { label: "Causes profondes : pauvreté, justice sociale, voies de migration sûres", description: "Pauvreté, inégalités, justice sociale et voies de migration sûres et régulières." },
  "human-rights": { label: "Droits de l'homme, approches centrées sur les victimes et tenant compte des questions de genre", description: "Droits de l'homme, approches centrées sur les victimes, adaptées aux enfants et tenant compte des questions de genre." },
  "victim-protection": { label: "Protection, assistance et réintégration des victimes et des migrants", description: "Identification, protection, assistance, indemnisation et réintégration des victimes et des migrants objet d'un trafic illicite." },
  "border-management": { label: "Gestion des frontières et sécurité des documents", description: "Contrôle aux frontières, sécurité des documents et gestion de l'identité." },
  "anti-corruption": { label: "Lutte contre la corruption et intégrité", description: "Corruption qui favorise la criminalité organisée ; intégrité des institutions." },
  "rule-of-law": { label: "État de droit et accès à la justice", description: "État de droit, indépendance de la justice et accès à la justice." },
  "data-research": { label: "Données, éléments factuels et recherche", description: "Collecte de données, éléments factuels et recherche pour éclairer les politiques." },
  technology: { label: "Technologies, exploitation en ligne et preuves numériques", description: "Exploitation en ligne, criminalité facilitée par le cyberespace, preuves numériques et nouvelles technologies." },
  "international-cooperation": { label: "Coopération internationale : entraide judiciaire, extradition", description: "Entraide judiciaire, extradition et coopération transfrontière." },
  "technical-assistance": { label: "Assistance technique et renforcement des capacités", description: "Assistance technique, formation et renforcement des capacités." },
  "civil-society-participation": { label: "Participation de la société civile au processus d'examen", description: "Participation des parties prenantes non gouvernementales au Mécanisme d'examen." },
  "civil-society-protection": { label: "Protection de la société civile, des lanceurs d'alerte et des témoins", description: "Protection des acteurs de la société civile, des journalistes, des lanceurs d'alerte et des témoins." },
  "firearms-control": { label: "Marquage, conservation des informations, traçage et contrôle des transferts d'armes à feu", description: "Marquage des armes à feu, conservation des informations, traçage et contrôle des transferts." },
  "emerging-forms": { label: "Formes nouvelles : prélèvement d'organes, criminalité forcée, criminalité environnementale", description: "Formes de criminalité nouvelles : prélèvement d'organes, criminalité forcée, criminalité environnementale." },
};
