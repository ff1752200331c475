//! Golden tests: the dataset extracted from the five seed releases, each expected value
//! checked by hand against the text (the sentence is cited beside each group).

use std::path::Path;
use std::sync::LazyLock;

use explorer_extract::extract_folder;
use explorer_model::{CoordinationKind, Dataset, Metric, Operation, Origin, Source, json_name};

static SEEDS: LazyLock<Dataset> = LazyLock::new(|| {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    extract_folder(&dir).unwrap_or_else(|problems| panic!("{problems}"))
});

fn operation(id: &str) -> &'static Operation {
    SEEDS.operation(id).unwrap_or_else(|| panic!("no operation {id}"))
}

/// `metric value qualifier` for each of the operation's own figures, in the text's order.
fn figures(op: &Operation) -> Vec<String> {
    op.figures
        .iter()
        .map(|f| format!("{} {} {}", json_name(f.metric), f.value, f.qualifier.as_deref().unwrap_or("exact")))
        .collect()
}

/// Acting countries of each highlight, joined by "+".
fn acting(op: &Operation) -> Vec<String> {
    op.highlights.iter().map(|h| h.acting.join("+")).collect()
}

fn names<T>(items: &[T], name: impl Fn(&T) -> &str) -> Vec<&str> {
    items.iter().map(name).collect()
}

#[test]
fn the_corpus_yields_five_reported_operations_and_one_mentioned() {
    let ids: Vec<&str> = SEEDS.operations.iter().map(|op| op.id.as_str()).collect();
    assert_eq!(
        ids,
        ["turquesa-2019", "turquesa-ii-2020", "liberterra-2021", "weka-i-2021", "weka-ii-2022", "liberterra-ii-2024"]
    );
    assert_eq!(SEEDS.documents.len(), 5);
    assert!(SEEDS.warnings.is_empty(), "{:?}", SEEDS.warnings);
}

#[test]
fn turquesa_ii() {
    let op = operation("turquesa-ii-2020");
    // "Operation Turquesa II (27 November – 3 December)", published 11 December 2020.
    assert_eq!((op.series.as_str(), op.edition, op.year, op.year_inferred), ("Turquesa", Some(2), Some(2020), true));
    assert_eq!(
        (op.start.unwrap().to_string(), op.end.unwrap().to_string()),
        ("2020-11-27".into(), "2020-12-03".into())
    );
    assert_eq!(op.duration_days, Some(7));
    // "authorities in 32 countries"; the list runs from Antigua & Barbuda to Vietnam.
    assert_eq!(op.stated_country_count, Some(32));
    assert_eq!(op.countries.len(), 32);
    assert_eq!((op.countries.first().unwrap().as_str(), op.countries.last().unwrap().as_str()), ("AG", "VN"));
    assert!(["AW", "CW", "TT", "ES"].iter().all(|c| op.countries.iter().any(|o| o == c)));
    assert_eq!(
        figures(op),
        [
            // "has led to more than 200 arrests and the identification of some 3,500 irregular migrants"
            "arrests 200 more than",
            "migrants_identified 3500 some",
            // "More than 50,000 checks against INTERPOL databases" (body; the caption repeats it)
            "database_checks 50000 more than",
            // "18 Red Notices ..., 367 Blue Notices ..., 188 Yellow Notices ..., and 4 Purple Notices"
            "notices_red 18 exact",
            "notices_blue 367 exact",
            "notices_yellow 188 exact",
            "notices_purple 4 exact",
            // "Close to 100 potential victims of human trafficking were identified and rescued"
            "victims_rescued 100 close to",
        ]
    );
    // Panama (Red Notice, murder in Mexico), Mexico (migrants from Cuba), Brazil (USD 22,000).
    assert_eq!(acting(op), ["PA", "MX", "BR"]);
    assert_eq!(op.highlights[0].involved, ["MX"]);
    assert_eq!(op.highlights[1].involved, ["CU"]);
    let paid = &op.highlights[2].figures[0];
    assert_eq!(
        (paid.value, paid.currency.as_deref(), paid.qualifier.as_deref()),
        (22_000, Some("USD"), Some("around"))
    );
    // "coordinated from Brazilian Federal Police headquarters in Brasilia"
    assert_eq!(op.coordination.len(), 1);
    assert_eq!(
        (op.coordination[0].kind, op.coordination[0].country.as_deref()),
        (CoordinationKind::Headquarters, Some("BR"))
    );
    assert_eq!(names(&op.funders, |o| &o.name), ["INTERPOL Foundation for a Safer World"]);
    let partners = names(&op.partners, |o| &o.name);
    for partner in
        ["Europol", "International Organization for Migration", "United Nations Office on Drugs and Crime", "AIRCOP"]
    {
        assert!(partners.contains(&partner), "{partner} in {partners:?}");
    }
    assert_eq!(
        names(&op.projects, |o| &o.name),
        ["Command and Coordination Centre", "Specialized Operational Network (ISON)", "Project Proteger"]
    );
    let speakers: Vec<&str> = op.quotes.iter().filter_map(|q| q.speaker.as_deref()).collect();
    assert_eq!(
        speakers,
        ["Jürgen Stock", "Jürgen Stock", "Igor Romário de Paula", "Igor Romário de Paula", "Ghada Waly"]
    );
    assert_eq!(op.quotes[4].organisation.as_deref(), Some("UNODC"));
    // Weka II: "Identified in the course of 2020’s Operation Turquesa II".
    assert_eq!(op.mentioned_in, ["weka-ii-2022.txt"]);
}

#[test]
fn liberterra_ii() {
    let op = operation("liberterra-ii-2024");
    // "(29 September to 4 October)", with the year in a caption: "from 29 September to 4 October 2024".
    assert_eq!((op.year, op.year_inferred, op.duration_days), (Some(2024), false, Some(6)));
    assert_eq!(op.start.unwrap().to_string(), "2024-09-29");
    // "carried out across 116 countries and territories"; 116 names listed.
    assert_eq!((op.stated_country_count, op.countries.len()), (Some(116), 116));
    assert!(["BM", "KY", "PS", "TC", "TR", "CD", "CI", "LC"].iter().all(|c| op.countries.iter().any(|o| o == c)));
    assert_eq!(
        figures(op),
        [
            // "led to the rescue of 3,222 potential victims ... and identified 17,793 irregular migrants"
            // (the headline's rounded 3,200 and 17,800 are a title, not a sentence of the body)
            "victims_rescued 3222 exact",
            "migrants_identified 17793 exact",
            "flights_monitored 24000 nearly",
            "database_checks 8000000 nearly",
            // "A total of 2,517 arrests ... - 850 of which were specifically on ... charges"
            "arrests 2517 exact",
            "arrests_trafficking_smuggling 850 exact",
        ]
    );
    // "Operational coordination units were set up in Argentina, Senegal, the Philippines and North Macedonia"
    let units: Vec<&str> = op.coordination.iter().filter_map(|c| c.country.as_deref()).collect();
    assert_eq!(units, ["AR", "SN", "PH", "MK"]);
    assert_eq!(
        acting(op),
        ["PH", "ML", "BR", "RS", "CL+PY", "AR", "DZ", "MK", "CR", "SY", "IQ", "ET", "TN", "KE", "GB", "TR", "ME"]
    );
    // "24 Togolese victims were safeguarded in Mali ... fees of up to USD 6,000 ... 10 arrests"
    let mali = &op.highlights[1];
    assert_eq!(mali.involved, ["TG"]);
    let mali_figures: Vec<(Metric, u64)> = mali.figures.iter().map(|f| (f.metric, f.value)).collect();
    assert_eq!(mali_figures, [(Metric::VictimsRescued, 24), (Metric::Amount, 6000), (Metric::Arrests, 10)]);
    // North Macedonia: victims "mostly from abroad, including Albania, Colombia, Russia, Serbia and Ukraine".
    assert_eq!(op.highlights[7].involved, ["AL", "CO", "RU", "RS", "UA"]);
    assert_eq!(op.funders.len(), 7);
    assert_eq!(op.partners.len(), 9);
    let speakers: Vec<&str> = op.quotes.iter().filter_map(|q| q.speaker.as_deref()).collect();
    assert_eq!(speakers, ["Jürgen Stock", "Stephen Kavanagh"]);
}

#[test]
fn liberterra() {
    let op = operation("liberterra-2021");
    // "Operation Liberterra (5 - 9 July)", published 26 July 2021.
    assert_eq!((op.year, op.year_inferred, op.duration_days), (Some(2021), true, Some(5)));
    assert_eq!((op.stated_country_count, op.countries.len()), (Some(47), 47));
    assert_eq!(
        figures(op),
        [
            "arrests 286 exact",
            "inspections 500000 some",
            "victims_rescued 430 some",
            "migrants_identified 4000 exact",
            // "originating from 74 different countries"; "officials from 47 countries" are participants
            "migrant_nationalities 74 exact",
            "investigations_opened 60 exact",
            // Jürgen Stock: "With 22 criminal groups dismantled"
            "groups_dismantled 22 exact",
            "database_checks 508000 exact",
        ]
    );
    let units: Vec<&str> = op.coordination.iter().filter_map(|c| c.country.as_deref()).collect();
    assert_eq!(units, ["PA", "SD", "AE"]);
    // "Authorities in Sudan rescued 253 victims of human trafficking, arresting 32 suspects."
    let sudan = op.highlights.iter().find(|h| h.acting == ["SD"]).unwrap();
    let sudan_figures: Vec<(Metric, u64)> = sudan.figures.iter().map(|f| (f.metric, f.value)).collect();
    assert_eq!(sudan_figures, [(Metric::VictimsRescued, 253), (Metric::Arrests, 32)]);
    // Colombia: Cuban and Haitian migrants from Ecuador, smuggling to the US, Red Notices by Spain.
    let colombia = op.highlights.iter().find(|h| h.acting == ["CO"]).unwrap();
    assert_eq!(colombia.involved, ["US", "CU", "HT", "EC", "ES"]);
    assert_eq!(
        names(&op.partners, |o| &o.name),
        ["International Organization for Migration", "United Nations Office on Drugs and Crime", "Europol"]
    );
    assert_eq!(names(&op.projects, |o| &o.name), ["Project Flyway"]);
}

#[test]
fn weka_ii_and_the_operations_it_mentions() {
    let op = operation("weka-ii-2022");
    // "carried out from 12 to 17 June", published 29 June 2022.
    assert_eq!((op.year, op.year_inferred, op.duration_days), (Some(2022), true, Some(6)));
    assert_eq!((op.stated_country_count, op.countries.len()), (Some(44), 44));
    assert_eq!(
        figures(op),
        [
            "victims_rescued 700 nearly",
            // "a total of 300 arrests, including 88 suspected traffickers and 83 migrant smugglers"
            "arrests 300 exact",
            "arrests_traffickers 88 exact",
            "arrests_smugglers 83 exact",
            "arrests_other_crimes 100 some",
            // "Some 4,000 migrants from 29 nationalities were identified"
            "migrants_identified 4000 some",
            "migrant_nationalities 29 exact",
        ]
    );
    assert_eq!(acting(op), ["MA", "CI", "OM", "BF", "LS", "CM", "AE", "TG", "CD", "NE", "GM", "SN"]);
    // Côte d'Ivoire: women trafficked "from Morocco and Guinea to Spain"; the suspect of 2020's
    // Turquesa II was arrested in Abidjan (the next paragraph goes on with the same case).
    let ivory = &op.highlights[1];
    assert_eq!(ivory.involved, ["MA", "GN", "ES"]);
    assert!(ivory.source.quote.contains("arrested at the airport in Abidjan"));
    assert_eq!(
        names(&op.funders, |o| &o.name),
        [
            "European Union",
            "Norway",
            "US State Department’s Bureau of International Narcotics and Law Enforcement Affairs"
        ]
    );
    // "since Operation Weka I (2021)": named only here.
    let weka_i = operation("weka-i-2021");
    assert!(weka_i.mentioned_only);
    assert_eq!((weka_i.year, weka_i.year_inferred), (Some(2021), false));
    assert_eq!(weka_i.mentioned_in, ["weka-ii-2022.txt"]);
    assert!(weka_i.documents.is_empty() && weka_i.figures.is_empty());
}

#[test]
fn the_statement_yields_turquesa_2019_without_dates() {
    let op = operation("turquesa-2019");
    // "Last year, INTERPOL-led operation TURQUESA" in a statement of October 2020.
    assert_eq!((op.name.as_str(), op.year, op.year_inferred), ("Turquesa", Some(2019), true));
    assert_eq!((op.start, op.end), (None, None));
    // "Over only 5 days, this operation led to 152 arrests and the identification of about 800
    // irregular migrants from 30 different countries."
    assert_eq!(op.duration_days, Some(5));
    assert_eq!(figures(op), ["arrests 152 exact", "migrants_identified 800 about", "migrant_nationalities 30 exact"]);
    // INTERPOL-wide figures of the statement (194 member countries, 7 billion searches) are not the operation's.
    assert!(op.figure(Metric::DatabaseChecks).is_none());
    assert_eq!((op.stated_country_count, op.countries.len()), (None, 0));
    assert_eq!(names(&op.partners, |o| &o.name), ["United Nations Office on Drugs and Crime"]);
}

/// Each passage of `sources` as it stands in its seed release at its span, checked against
/// the file.
fn quotes_in_seeds<'a>(sources: impl IntoIterator<Item = &'a Source>) -> Vec<&'a str> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    sources
        .into_iter()
        .map(|source| {
            let text = std::fs::read_to_string(dir.join(&source.document)).unwrap();
            assert_eq!(text.get(source.span.0..source.span.1), Some(source.quote.as_str()));
            assert_eq!(source.origin, Origin::Read);
            source.quote.as_str()
        })
        .collect()
}

/// The dates, the duration, the participant count and the participant list each quote the
/// passage they were read from, checked by hand against the seed releases.
#[test]
fn the_dates_and_participants_quote_their_passages() {
    let weka = &operation("weka-ii-2022").field_sources;
    let dates = "Operation Weka II was carried out from 12 to 17 June, where officers progressed cases and carried \
                 out intensified checks at border points.";
    // The duration is counted from the dates: its passage is theirs.
    assert_eq!(quotes_in_seeds([&weka.start, &weka.end, &weka.duration_days].into_iter().flatten()), [dates; 3]);
    assert_eq!(
        quotes_in_seeds(&weka.stated_country_count),
        ["LYON, France – In an INTERPOL-led crackdown on the criminal groups behind human trafficking and migrant \
          smuggling, authorities across 44 countries have rescued nearly 700 victims of human trafficking."]
    );
    // The list with its heading, from "Participating countries:" to "Zimbabwe", before the
    // funders' sentence.
    let list = quotes_in_seeds(&weka.countries);
    assert_eq!(list.len(), 1);
    assert!(list[0].starts_with("Participating countries: Algeria, Angola, Benin,"), "{}", list[0]);
    assert!(list[0].ends_with(", United Arab Emirates, Zimbabwe"), "{}", list[0]);

    let liberterra_ii = &operation("liberterra-ii-2024").field_sources;
    assert_eq!(
        quotes_in_seeds(&liberterra_ii.start),
        ["Operation Liberterra II (29 September to 4 October) led to the rescue of 3,222 potential victims of human \
          trafficking and identified 17,793 irregular migrants."]
    );
    assert_eq!(
        quotes_in_seeds(&liberterra_ii.stated_country_count),
        ["GLASGOW, United Kingdom - INTERPOL today is releasing preliminary results of its largest-ever operation \
          against human trafficking and migrant smuggling, carried out across 116 countries and territories."]
    );
    assert!(
        quotes_in_seeds(&liberterra_ii.countries)[0]
            .starts_with("Participating countries and territories:\n\nAlbania,")
    );

    // Turquesa (2019) has no dates; its duration is stated in the statement's own sentence.
    let turquesa = &operation("turquesa-2019").field_sources;
    assert_eq!((&turquesa.start, &turquesa.end, &turquesa.stated_country_count), (&None, &None, &None));
    assert!(turquesa.countries.is_empty());
    assert_eq!(
        quotes_in_seeds(&turquesa.duration_days),
        ["Over only 5 days, this operation led to 152 arrests and the identification of about 800 irregular \
          migrants from 30 different countries."]
    );
    // Weka I is only named in passing: nothing of it is stated, so nothing has a source.
    assert!(operation("weka-i-2021").field_sources.is_empty());
}

#[test]
fn countries_carry_their_regions() {
    let spain = SEEDS.country("ES").unwrap();
    assert_eq!((spain.region.as_deref(), spain.subregion.as_deref()), (Some("Europe"), Some("Southern Europe")));
    // Territories keep their own codes.
    for territory in ["AW", "CW", "BM", "KY", "TC", "PS"] {
        assert!(SEEDS.country(territory).is_some(), "{territory}");
    }
}

#[test]
fn every_fact_quotes_its_source_verbatim() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    let mut checked = 0;
    for op in &SEEDS.operations {
        let figures = op.figures.iter().chain(op.highlights.iter().flat_map(|h| &h.figures));
        for figure in figures {
            let text = std::fs::read_to_string(dir.join(&figure.source.document)).unwrap();
            let (start, end) = figure.source.span;
            assert_eq!(&text[start..end], figure.source.quote);
            assert!(figure.source.quote.contains(&figure.as_written));
            checked += 1;
        }
    }
    assert!(checked > 0);
}

/// The figures a reader looks for first, checked by hand against each release's headline
/// sentence: arrests 152 (statement), "more than 200" (Turquesa II), 286 (Liberterra), 300
/// (Weka II, "a total of 300 arrests"), 2,517 (Liberterra II).
#[test]
fn headline_totals_and_lines_say_what_they_add_up() {
    use explorer_query::headline::{headline_cell, summary_line, totals};
    let all: Vec<&Operation> = SEEDS.operations.iter().collect();
    assert_eq!(
        totals(&all),
        [
            "3,455 arrests in the 5 operations that state it, 1 of them approximately (“more than”)",
            // close to 100, some 430, nearly 700, 3,222.
            "4,452 victims rescued in the 4 operations that state it, 3 of them approximately (“close to”, \
             “nearly”, “some”)",
            // about 800, some 3,500, 4,000, some 4,000, 17,793.
            "30,093 irregular migrants identified in the 5 operations that state it, 3 of them approximately \
             (“about”, “some”)",
        ]
    );
    // "Some 100 additional arrests were made for other crimes": not in Weka II's 300.
    let weka = operation("weka-ii-2022");
    let arrests = headline_cell(weka, Metric::Arrests).unwrap();
    assert_eq!(arrests.value, "300");
    assert_eq!(arrests.note.as_deref(), Some("some 100 arrests for other crimes not included"));
    assert_eq!(
        summary_line(weka),
        "12–17 June 2022 · participants: 44 countries (stated and listed) · 300 arrests · nearly 700 victims rescued · \
         some 4,000 irregular migrants identified"
    );
}

/// A release's headline is the line above its body that reads as one; a release whose first
/// line is its dateline paragraph has none (Turquesa II, Weka II, Liberterra).
#[test]
fn headlines_are_read_where_a_release_has_one() {
    let headline = |file: &str| SEEDS.documents.iter().find(|d| d.file == file).unwrap().headline.clone();
    // Under the wire banner "11/06/2024 | Press release | Distributed by Public ...".
    assert_eq!(
        headline("liberterra-ii-2024.txt").as_deref(),
        Some("Global raids rescue 3,200 potential victims of trafficking and identify 17,800 irregular migrants")
    );
    // A Markdown heading, its "## " dropped.
    assert_eq!(
        headline("statement-cop10-smuggling-2020.txt").as_deref(),
        Some(
            "10th session of the Conference of the Parties to the United Nations Convention against Transnational \
             Organized Crime"
        )
    );
    for file in ["turquesa-ii-2020.txt", "weka-ii-2022.txt", "liberterra-2021.txt"] {
        assert_eq!(headline(file), None, "{file}");
    }
}

/// The app embeds the dataset packed, not as JSON: packing must lose nothing, on the seeds
/// and on the development corpus's 76 releases, whose facts are of every kind.
#[test]
fn the_packed_dataset_unpacks_to_the_extracted_one() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/corpus");
    let corpus_dataset = extract_folder(&corpus).unwrap_or_else(|problems| panic!("{problems}"));
    for (dir, dataset) in [(seeds, &*SEEDS), (corpus, &corpus_dataset)] {
        let texts: Vec<(String, String)> = dataset
            .documents
            .iter()
            .map(|d| (d.file.clone(), std::fs::read_to_string(dir.join(&d.file)).unwrap()))
            .collect();
        let texts: Vec<(&str, &str)> = texts.iter().map(|(file, text)| (file.as_str(), text.as_str())).collect();
        let packed = explorer_model::packed::pack(dataset, &texts);
        assert_eq!(explorer_model::packed::unpack(&packed, &texts).as_ref(), Ok(dataset));
        // Every fact's quote is cut from its text: no quote is stored unless it is also a field
        // of its own (the words a quotation says, an organisation's name as written, a
        // release's headline, which a fact only the headline states quotes).
        let ops = || dataset.operations.iter();
        let quoted = ops().flat_map(|op| &op.quotes).map(|q| q.text.as_str());
        let organisations =
            ops().flat_map(|op| op.organisers.iter().chain(&op.partners).chain(&op.funders).chain(&op.projects));
        let headlines = dataset.documents.iter().filter_map(|d| d.headline.as_deref());
        let said: Vec<&str> = quoted.chain(organisations.map(|o| o.name.as_str())).chain(headlines).collect();
        let sourced = dataset.operations.iter().flat_map(|op| op.sourced_facts());
        let long = |quote: &str| quote.len() >= 12 && !said.contains(&quote);
        for (source, _) in sourced.filter(|(source, _)| long(&source.quote)) {
            let stored = packed.windows(source.quote.len()).any(|w| w == source.quote.as_bytes());
            assert!(!stored, "{}: {:?} is stored", source.document, source.quote);
        }
        let json = serde_json::to_string(dataset).unwrap();
        assert!(packed.len() * 3 < json.len(), "{} bytes packed, {} as JSON", packed.len(), json.len());
    }
}

/// Each word of a vocabulary has one name, the one serde writes and reads.
#[test]
fn vocabulary_names_are_distinct_and_serde_uses_them() {
    use explorer_model::{CrimeArea, Origin, SeizureKind, Theme, Unit, Vocabulary};
    fn check<T: Vocabulary + serde::Serialize + serde::de::DeserializeOwned + std::fmt::Debug>() {
        let names: Vec<&str> = T::all().iter().map(|value| value.json_name()).collect();
        let distinct: std::collections::BTreeSet<&&str> = names.iter().collect();
        assert_eq!(distinct.len(), names.len(), "{names:?}");
        for &value in T::all() {
            let json = serde_json::to_string(&value).unwrap();
            assert_eq!(json, format!("\"{}\"", value.json_name()));
            assert_eq!(serde_json::from_str::<T>(&json).unwrap(), value);
        }
        let error = serde_json::from_str::<T>("\"no_such_word\"").unwrap_err().to_string();
        assert!(error.contains("unknown variant `no_such_word`"), "{error}");
    }
    check::<Metric>();
    check::<Theme>();
    check::<Origin>();
    check::<CoordinationKind>();
    check::<CrimeArea>();
    check::<SeizureKind>();
    check::<Unit>();
    assert_eq!(json_name(Metric::VictimsRescued), "victims_rescued");
    assert_eq!(json_name(Theme::ForcedCriminality), "forced_criminality");
}

/// The three seed operations against trafficking and smuggling say so in their leads:
/// "targeting international migrant smuggling and human trafficking networks" (Turquesa II),
/// "crackdown on the criminal groups behind human trafficking and migrant smuggling" (Weka
/// II), "operation against human trafficking and migrant smuggling" (Liberterra II).
#[test]
fn the_seed_operations_carry_both_their_crime_areas() {
    for (id, passage) in [
        ("turquesa-ii-2020", "targeting international migrant smuggling and human trafficking networks"),
        ("weka-ii-2022", "crackdown on the criminal groups behind human trafficking and migrant smuggling"),
        ("liberterra-ii-2024", "operation against human trafficking and migrant smuggling"),
    ] {
        let op = operation(id);
        let areas: Vec<&str> = op.crime_areas.iter().map(|a| json_name(a.area)).collect();
        assert_eq!(areas, ["human_trafficking", "migrant_smuggling"], "{id}");
        assert!(op.crime_areas.iter().all(|a| a.source.quote.contains(passage)), "{id}: {:?}", op.crime_areas);
    }
}
