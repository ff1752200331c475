//! What a number counts in a release written in Spanish, Portuguese, French or German: arrests
//! ("la detención de 143 sospechosos", "58 personas fueron detenidas", "38 arrestations", "16
//! Personen wurden festgenommen"), victims
//! rescued ("la policía rescató a 63 víctimas") or identified, migrants found, and checks
//! against databases. INTERPOL and the Latin American press publish their operations' results
//! in Spanish as often as in English; INTERPOL and African bodies publish theirs in French.
//!
//! Each reading needs its verb right before the number or right after what it counts, so that
//! a number elsewhere in the sentence ("una red de 12 miembros") counts nothing. A count that
//! is one part of a sum the text leaves to its reader ("96 mujeres y 3 hombres") is no total,
//! and is not read.

use std::sync::LazyLock;

use explorer_model::Metric;
use regex::Regex;

use crate::phrases::any_of;

/// Fragments one of which every reading's verb or noun holds, in a sentence's ASCII lower
/// case: most sentences, and every English one, hold none, and the look costs less than the
/// searches.
const FRAGMENTS: &[&str] = &[
    "detuv",
    "detenid",
    "detenci",
    "arresto",
    "arrestad",
    "arrestaron",
    "arrestó",
    "captur",
    "aprehen",
    "rescat",
    "liberad",
    "liberaron",
    "liberó",
    "identificad",
    "identificó",
    "identificaron",
    "descubri",
    "detectad",
    "detectó",
    "detectaron",
    "comprobaciones",
    "consultas",
    "rescatar",
    "liberar",
    "detener",
    "desmantel",
    "desarticul",
    // Portuguese.
    "detid",
    "deteve",
    "detiveram",
    "prend",
    "prisão",
    "presos",
    "desmantela",
    "resgat",
    "libert",
    // French.
    "arrestation",
    "interpell",
    "arrêt",
    "secour",
    "libér",
    "identifier",
    "vérifications",
    // German: "festgenommen", "Festnahmen".
    "fest",
];

/// An arrest right before the number: "la detención de", "el arresto de", "detuvieron a",
/// "fueron detenidas".
static ARREST_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?:(?:detención|detenciones|arresto|arrestos|captura|aprehensión|detenção|prisão)\s+de",
        r"|(?:deteve|detiveram|prendeu|prenderam)",
        r"|(?:detuvieron|detuvo|arrestaron|arrestó|capturaron|capturó|aprehendieron|detener|arrestar)\s+a",
        // "se ha capturado a un total de 140": the perfect, as Spain's police write it.
        r"|(?:detenido|arrestado|capturado)\s+a(?:\s+un\s+total\s+de)?",
        r"|(?:fueron|han\s+sido|resultaron|foram)\s+(?:detenid|arrestad|capturad|aprehendid|detid|pres)[oa]s",
        r"|(?:l[’']arrestation|l[’']interpellation)\s+de",
        r"|(?:d[’'])?(?:arrêter|interpeller)(?:\s+en\s+\p{L}+)?)\s+$",
    ))
    .expect("valid regex")
});

/// An arrest right after the number, with at most a few words for who: "44 detenidos", "58
/// personas fueron detenidas", "250 arrestos". The words are never "y" or "e", which start
/// another clause: "72 registros y fueron detenidos 23" counts searches.
static ARREST_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:detenid[oa]s|arrestad[oa]s|capturad[oa]s|detenciones|arrestos|detid[oa]s|pres[oa]s|arrestations|interpellations)\b",
        r"|^(?:[\p{L}]+\s+){1,3}?ont\s+été\s+(?:arrêté|interpellé)(?:e?s)\b",
        r"|^(?:(?:[\p{L}]{2,}|[\p{L}&&[^ye]])\s+){1,3}?(?:fueron|han\s+sido|habían\s+sido|resultaron|foram)\s+(?:detenid|arrestad|capturad|aprehendid|detid|pres)[oa]s\b",
        // German: "21 Festnahmen", "16 Personen wurden festgenommen", "9 Verdächtige wurden am
        // Dienstag festgenommen".
        r"|^festnahmen\b|^(?:[\p{L}]+\s+){1,2}?(?:wurden|sind|waren)\s+(?:[\p{L}]+\s+){0,2}?festgenommen\b",
        // "Dabei wurden 23 Personen festgenommen": the verb's other half after who.
        r"|^[\p{L}]+\s+festgenommen\b",
    ))
    .expect("valid regex")
});

/// Who an arrest is of, when they are traffickers or smugglers of people. "Traficantes de
/// personas" are smugglers in Mexico's law and traffickers elsewhere: they are counted as
/// arrests only.
static TRAFFICKERS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:presuntos\s+)?(?:tratantes|traficantes\s+de\s+seres\s+humanos)\b").expect("valid regex")
});
static SMUGGLERS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:presuntos\s+)?traficantes\s+de\s+migrantes\b").expect("valid regex"));

/// A rescue right before the number: "se rescató a", "rescataron a", "el rescate de", "fueron
/// liberadas", "resgatou".
static RESCUE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?:(?:rescató|rescataron|liberó|liberaron|rescatado|liberado|rescatar|liberar)\s+a|rescate\s+de",
        // "se rescataron 41 víctimas": the passive with "se", nothing between.
        r"|se\s+(?:rescató|rescataron|liberó|liberaron)",
        r"|(?:fueron|han\s+sido)\s+(?:rescatad|liberad)[oa]s",
        // Portuguese: "resgatou 80 pessoas", "foram resgatados 12 trabalhadores".
        r"|resgatou|resgataram|libertou|libertaram|foram\s+(?:resgatad|libertad)[oa]s",
        r"|(?:d[’'])?(?:secourir|libérer|sauver))\s+$",
    ))
    .expect("valid regex")
});

/// A rescue right after the people counted: "210 personas de varios países fueron rescatadas",
/// "85 víctimas rescatadas", "90 posibles víctimas de explotación laboral han sido rescatadas".
static RESCUE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:[\p{L}]+\s+){1,4}?(?:fueron|han\s+sido|foram)\s+(?:rescatad|liberad|resgatad|libertad)[oa]s\b",
        r"|^(?:posibles\s+|presuntas\s+)?víctimas\s+(?:[\p{L}]+\s+){0,4}?(?:(?:fueron|han\s+sido)\s+)?(?:rescatad|liberad)[oa]s\b",
        r"|^(?:personas\s+)?(?:migrantes|extranjeros)\s+(?:[\p{L}]+\s+){0,2}?(?:rescatad|liberad)[oa]s\b",
        r"|^(?:[\p{L}]+\s+){1,4}?ont\s+été\s+(?:secouru|libéré|sauvé)e?s\b",
        r"|^victimes\s+(?:potentielles\s+)?(?:secourue|libérée)s\b",
    ))
    .expect("valid regex")
});

/// Victims found, not said to be rescued: "la policía identificó a 17 posibles víctimas", "40
/// víctimas identificadas".
static VICTIMS_FOUND: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:posibles\s+|presuntas\s+)?víctimas\s+(?:[\p{L}]+\s+){0,3}?identificadas\b").expect("valid regex")
});
static FOUND_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?:identificó|identificaron|descubrió|descubrieron|detectó|detectaron|identificado|detectado)\s+a\s+$",
        r"|(?:d[’'])?identifier\s+$",
        r"|(?:fueron|han\s+sido)\s+(?:identificad|descubiert|detectad)[oa]s\s+$",
    ))
    .expect("valid regex")
});
static VICTIMS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:posibles\s+|presuntas\s+)?v[íi]ctimas\b").expect("valid regex"));
static MIGRANTS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:personas\s+)?(?:migrantes|extranjeros|migrants)(?:\s+irregulares)?(?:\s+(?:identificad|detectad|descubiert)[oa]s)?\b")
        .expect("valid regex")
});

/// Checks against databases: "71.500 consultas en las bases de datos policiales".
static DATABASE_CHECKS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:de\s+)?(?:comprobaciones|consultas|verificaciones|vérifications)\s+(?:con|en|dans)\s+(?:las?\s+|les\s+)?bases?\s+de\s+(?:datos|données)\b")
        .expect("valid regex")
});

/// Groups taken apart: "desmantelar 5 redes", "desarticularon 3 organizaciones".
static GROUPS_DISMANTLED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:desmantel|desarticul)[\p{L}]*\s+(?:a\s+)?$").expect("valid regex"));
static GROUPS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:redes|organizaciones|bandas|grupos|estructuras)\b").expect("valid regex"));

/// "96 mujeres y 3 hombres": a count that another count of people follows with "y" is part of
/// a sum.
static PART_OF_A_SUM: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[\p{L}]+\s+y\s+(?:\d|un\s|una\s)").expect("valid regex"));

/// Whether a sentence, in ASCII lower case, holds a word of a result told in Spanish: asked
/// once a sentence, before [`metric`] is asked of each of its numbers.
pub fn may_tell_of_results(sentence: &str) -> bool {
    static ANY_FRAGMENT: LazyLock<Regex> = LazyLock::new(|| any_of(FRAGMENTS));
    ANY_FRAGMENT.is_match(sentence)
}

/// What a number counts, from the words right before it (`before`) and right after it
/// (`after`) in a sentence's ASCII lower case, in a sentence that [`may_tell_of_results`].
pub fn metric(before: &str, after: &str) -> Option<Metric> {
    // "tres de los cuatro investigados", "otras 11 personas": a part of a count, or a count
    // added to others, of which the text gives no total.
    let a_part = after.starts_with("de los ") || after.starts_with("de las ");
    let added = before.ends_with("otras ") || before.ends_with("otros ");
    if PART_OF_A_SUM.is_match(after) || a_part || added {
        return None;
    }
    if ARREST_BEFORE.is_match(before) || ARREST_AFTER.is_match(after) {
        return Some(if TRAFFICKERS.is_match(after) {
            Metric::ArrestsTraffickers
        } else if SMUGGLERS.is_match(after) {
            Metric::ArrestsSmugglers
        } else {
            Metric::Arrests
        });
    }
    if RESCUE_BEFORE.is_match(before) || RESCUE_AFTER.is_match(after) {
        return Some(if MIGRANTS.is_match(after) { Metric::MigrantsRescued } else { Metric::VictimsRescued });
    }
    if VICTIMS_FOUND.is_match(after) || FOUND_BEFORE.is_match(before) && VICTIMS.is_match(after) {
        return Some(Metric::VictimsIdentified);
    }
    if FOUND_BEFORE.is_match(before) && MIGRANTS.is_match(after) {
        return Some(Metric::MigrantsIdentified);
    }
    if GROUPS_DISMANTLED.is_match(before) && GROUPS.is_match(after) {
        return Some(Metric::GroupsDismantled);
    }
    DATABASE_CHECKS.is_match(after).then_some(Metric::DatabaseChecks)
}

#[cfg(test)]
mod tests {
    use crate::annotate::country_index::CountryIndex;
    use crate::annotate::dates::NumericOrder;
    use crate::doc::Doc;
    use crate::read::figures::sentence_figures;

    /// Each figure of a sentence as "metric value".
    fn figures(sentence: &str) -> Vec<String> {
        let doc = Doc::new(sentence, CountryIndex::shared(), NumericOrder::DayFirst);
        doc.sentences
            .iter()
            .flat_map(|s| sentence_figures(sentence, s))
            .map(|f| format!("{} {}", explorer_model::json_name(f.metric), f.value))
            .collect()
    }

    #[test]
    fn reads_arrests_rescues_and_finds_told_in_other_languages() {
        let table: &[(&str, &[&str])] = &[
            ("La operación se saldó con la detención de 143 sospechosos.", &["arrests 143"]),
            ("En total, 58 personas fueron detenidas durante los registros.", &["arrests 58"]),
            ("Bei der Razzia wurden 23 Personen festgenommen.", &["arrests 23"]),
            ("Insgesamt 23 Verdächtige wurden am Montag festgenommen.", &["arrests 23"]),
            ("Die Polizei meldete 17 Festnahmen.", &["arrests 17"]),
            ("Los agentes detuvieron a 19 miembros de la red.", &["arrests 19"]),
            // The perfect, with "un total de" between.
            ("En cinco países se ha capturado a un total de 88 sospechosos.", &["arrests 88"]),
            ("La Guardia Civil ha detenido a 12 personas.", &["arrests 12"]),
            ("También se han identificado a 14 víctimas de explotación.", &["victims_identified 14"]),
            ("Se ha detectado a 420 migrantes en los controles.", &["migrants_identified 420"]),
            ("Fueron arrestados 31 sospechosos en cinco provincias.", &["arrests 31"]),
            ("La operación terminó con 44 detenidos.", &["arrests 44"]),
            ("Se hicieron 61 registros y fueron detenidos 19 hombres.", &["arrests 19"]),
            ("Se logró la captura de 97 traficantes de seres humanos.", &["arrests_traffickers 97"]),
            ("Hubo 15 detenidos, traficantes de personas.", &["arrests 15"]),
            ("La guardia costera hizo el rescate de 240 extranjeros.", &["migrants_rescued 240"]),
            ("Un total de 120 personas migrantes rescatadas recibió atención.", &["migrants_rescued 120"]),
            ("Se produjo el arresto de 12 traficantes de migrantes.", &["arrests_smugglers 12"]),
            ("La policía rescató a 63 víctimas de explotación laboral.", &["victims_rescued 63"]),
            // Portuguese.
            ("A fiscalização resgatou 80 pessoas de trabalho escravo.", &["victims_rescued 80"]),
            ("Na ação, 12 trabalhadores foram resgatados.", &["victims_rescued 12"]),
            ("Durante los registros se rescataron 41 víctimas.", &["victims_rescued 41"]),
            ("Unas 210 personas de varios países fueron rescatadas.", &["victims_rescued 210"]),
            ("Durante los registros fueron liberadas 37 víctimas.", &["victims_rescued 37"]),
            ("Unas 90 presuntas víctimas de trabajo forzoso han sido rescatadas.", &["victims_rescued 90"]),
            ("La policía identificó a 17 posibles víctimas en los bares.", &["victims_identified 17"]),
            ("Los agentes detectaron a 4 380 migrantes irregulares.", &["migrants_identified 4380"]),
            ("Los agentes realizaron 71.500 consultas en las bases de datos policiales.", &["database_checks 71500"]),
            (
                "Con ello se pudo rescatar a 860 víctimas y desmantelar 5 redes delictivas.",
                &["victims_rescued 860", "groups_dismantled 5"],
            ),
            // Parts of a sum the text leaves to its reader, and numbers no verb acts on.
            ("Liberaron a 96 mujeres y 3 hombres en dos fincas.", &[]),
            ("La red, de 12 miembros, operaba desde 2019 en 4 ciudades.", &[]),
            ("La policía detuvo a 7 de los 10 sospechosos.", &[]),
            ("Después, otras 14 personas fueron detenidas en Quito.", &[]),
            // In Portuguese.
            ("A operação resultou na prisão de 12 suspeitos.", &["arrests 12"]),
            ("Foram detidas 7 pessoas em Lisboa.", &["arrests 7"]),
            ("Na ação, 4 suspeitos foram presos.", &["arrests 4"]),
            // In French.
            ("L’opération a abouti à 38 arrestations et à des saisies.", &["arrests 38"]),
            ("Au total, 17 personnes ont été interpellées.", &["arrests 17"]),
            ("Elle a permis l’arrestation de 9 suspects.", &["arrests 9"]),
            ("Les policiers ont pu arrêter en juin 48 suspects.", &["arrests 48"]),
            ("Les équipes ont pu secourir 310 victimes.", &["victims_rescued 310"]),
            ("Au total, 27 enfants ont été secourus.", &["victims_rescued 27"]),
            ("Les agents ont pu identifier 2 800 migrants.", &["migrants_identified 2800"]),
            ("Ils ont effectué 40 000 vérifications dans les bases de données.", &["database_checks 40000"]),
        ];
        for (sentence, expected) in table {
            assert_eq!(figures(sentence), *expected, "{sentence}");
        }
    }
}
