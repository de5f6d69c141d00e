//! Facts taken from the toolkit "Worker voice in the procurement of digital and AI systems"
//! (Wales TUC and Connected by Data): its stakeholder roles and the official names of its
//! procurement stages, in English and Welsh.

use crate::{Language, Stage};

/// The stakeholder roles the toolkit names, in the order a new lab lists them.
pub const ROLES: [(&str, &str); 8] = [
    ("Trade union representative", "Cynrychiolydd undeb llafur"),
    ("Worker", "Gweithiwr"),
    ("Public sector commissioner", "Comisiynydd yn y sector cyhoeddus"),
    ("Procurement professional", "Gweithiwr caffael proffesiynol"),
    ("Supplier", "Cyflenwr"),
    ("Service user", "Defnyddiwr gwasanaeth"),
    ("Civil society organisation", "Sefydliad cymdeithas sifil"),
    ("Academic / peer practitioner", "Academydd / ymarferydd cymheiriaid"),
];

/// The toolkit's roles in `language`, to seed a new lab's list.
pub fn role_names(language: Language) -> impl Iterator<Item = &'static str> {
    ROLES.iter().map(move |(en, cy)| match language {
        Language::En => *en,
        Language::Cy => *cy,
    })
}

/// The official name of a procurement stage.
pub fn stage_name(stage: Stage, language: Language) -> &'static str {
    match (stage, language) {
        (Stage::Planning, Language::En) => "Planning",
        (Stage::Planning, Language::Cy) => "Cynllunio",
        (Stage::TenderAward, Language::En) => "Tender & award",
        (Stage::TenderAward, Language::Cy) => "Tendro a dyfarnu",
        (Stage::DevelopmentCustomisation, Language::En) => "Development and customisation",
        (Stage::DevelopmentCustomisation, Language::Cy) => "Datblygu ac addasu",
        (Stage::DeploymentContractManagement, Language::En) => "Deployment and contract management",
        (Stage::DeploymentContractManagement, Language::Cy) => "Rhoi ar waith a rheoli contractau",
        (Stage::Oversight, Language::En) => "Oversight",
        (Stage::Oversight, Language::Cy) => "Goruchwyliaeth",
    }
}
