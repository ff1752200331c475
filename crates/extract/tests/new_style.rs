//! Releases of the same kind written for these tests (not copies of real ones), each with a
//! trap the extractor must not fall into: a year stated only by the publication date,
//! migrants' countries of origin beside the participant count, thousands with a space, lines
//! wrapped in mid-sentence, a site header glued to the dateline, photo captions that name
//! countries, a rounded headline beside the exact figure, a release without a manifest entry
//! and a text that reports no operation.

use std::path::Path;
use std::sync::LazyLock;

use explorer_extract::{Source, extract_folder, extract_sources};
use explorer_model::{Dataset, Document, Metric, Operation};

static NEW_STYLE: LazyLock<Dataset> = LazyLock::new(|| {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/new-style");
    extract_folder(&dir).unwrap_or_else(|problems| panic!("{problems}"))
});

fn operation(id: &str) -> &'static Operation {
    NEW_STYLE.operation(id).unwrap_or_else(|| panic!("no operation {id}"))
}

fn value(op: &Operation, metric: Metric) -> Option<(u64, Option<&str>)> {
    op.figure(metric).map(|f| (f.value, f.qualifier.as_deref()))
}

#[test]
fn the_year_comes_from_the_publication_date_when_the_text_omits_it() {
    // "Operation Harbour (6 – 10 March)", published 2023-03-21.
    let op = operation("harbour-2023");
    assert_eq!((op.year, op.year_inferred), (Some(2023), true));
    assert_eq!((op.start.unwrap().to_string(), op.duration_days), ("2023-03-06".to_string(), Some(5)));
}

#[test]
fn origins_are_not_participants() {
    // "from 21 countries and territories" took part; migrants came "from 58 different countries".
    let op = operation("harbour-2023");
    assert_eq!((op.stated_country_count, op.countries.len()), (Some(21), 21));
    assert_eq!(value(op, Metric::MigrantNationalities), Some((58, None)));
}

#[test]
fn exact_figures_beat_rounded_headlines_and_spaces_separate_thousands() {
    // "More than 500 arrests were made" in the lead; "Officers made 537 arrests" in the body.
    let op = operation("harbour-2023");
    assert_eq!(value(op, Metric::Arrests), Some((537, None)));
    // The rounded lead is kept beside it, as also stated.
    let also: Vec<(Metric, u64, Option<&str>)> =
        op.also_stated.iter().map(|f| (f.metric, f.value, f.qualifier.as_deref())).collect();
    assert!(also.contains(&(Metric::Arrests, 500, Some("more than"))), "{also:?}");
    // "identified 2 315\nirregular migrants": wrapped, with a space for thousands.
    assert_eq!(value(op, Metric::MigrantsIdentified), Some((2315, None)));
    // "rescued 74 victims of\ntrafficking."
    assert_eq!(value(op, Metric::VictimsRescued), Some((74, None)));
}

#[test]
fn captions_naming_countries_make_no_cases() {
    // Only "In Italy, investigators dismantled two criminal networks ..." is a case; the captions
    // about Greece and Spanish officers are not.
    let op = operation("harbour-2023");
    let acting: Vec<&Vec<String>> = op.highlights.iter().map(|h| &h.acting).collect();
    assert_eq!(acting, [&vec!["IT".to_string()]]);
    assert_eq!(op.highlights[0].involved, ["ER"]);
    let figures: Vec<(Metric, u64)> = op.highlights[0].figures.iter().map(|f| (f.metric, f.value)).collect();
    assert_eq!(figures, [(Metric::GroupsDismantled, 2), (Metric::Arrests, 9)]);
}

#[test]
fn a_release_without_manifest_entry_keeps_the_year_it_states() {
    // "ran from 2 to 8 September 2022"; no manifest entry for coral.txt.
    let op = operation("coral-2022");
    assert_eq!((op.year, op.year_inferred, op.duration_days), (Some(2022), false, Some(7)));
    assert_eq!((op.stated_country_count, op.countries.len()), (Some(12), 12));
    assert_eq!(value(op, Metric::ArrestsSmugglers), Some((46, None)));
    assert_eq!(value(op, Metric::MigrantsIdentified), Some((1200, Some("some"))));
    // "Officers checked 14,500 vehicles": no metric for it, so it is left out.
    assert_eq!(op.figures.len(), 2);
    assert_eq!(op.highlights[0].acting, ["BG"]);
    assert_eq!(op.highlights[0].involved, ["AF", "RO"]);
}

#[test]
fn a_text_without_an_operation_is_a_warning() {
    assert_eq!(NEW_STYLE.operations.len(), 2);
    assert_eq!(NEW_STYLE.documents.len(), 3);
    assert_eq!(NEW_STYLE.warnings, ["minutes.txt: names no operation; it is listed as a source only"]);
}

/// One release written for the test, read without a manifest.
fn read_one(text: &str) -> Operation {
    let document = Document { file: "one.txt".to_string(), ..Document::default() };
    let source = Source { file: "one.txt".to_string(), text: text.to_string(), document };
    let dataset = extract_sources(vec![source]).unwrap_or_else(|problems| panic!("{problems}"));
    dataset.operations.into_iter().next().expect("an operation is read")
}

#[test]
fn a_total_beats_a_phase_and_an_exact_figure_a_rounded_one() {
    let op = read_one(
        "Operation Quill Harbour 2024 ran in 12 countries.\n\nThe five days of action saw 61 arrests; by \
         March, the operation had led to the arrest of 240 people.\n\nOfficers identified more than 300 victims. \
         Victims identified: 312.\n",
    );
    assert_eq!(value(&op, Metric::Arrests), Some((240, None)));
    assert_eq!(value(&op, Metric::VictimsIdentified), Some((312, None)));
    let also: Vec<(Metric, u64)> = op.also_stated.iter().map(|f| (f.metric, f.value)).collect();
    assert_eq!(also, [(Metric::VictimsIdentified, 300)]);
    // A phase's figure stays the figure where no larger total is stated.
    let alone = read_one(
        "Operation Quill Harbour 2024 ran in 12 countries. The five days of action saw 61 arrests. \
         Officers at one port arrested 9 people.",
    );
    assert_eq!(value(&alone, Metric::Arrests), Some((61, None)));
    // A rounded value far from the exact one counts something else, and is not kept.
    let far = read_one(
        "Operation Quill Harbour 2024 led to 40 arrests. Since 2015, the series has led to more than 900 arrests.",
    );
    assert!(far.also_stated.is_empty(), "{:?}", far.also_stated);
    // One country's share first, then the whole operation's figure.
    let share = read_one(
        "Operation Quill Harbour 2024 ran in 12 countries, led in Latvia by the State Police.\n\nOfficers \
         questioned 14 suspects and identified 6 victims.\n\nAt European level, 215 victims were identified.",
    );
    assert_eq!(value(&share, Metric::VictimsIdentified), Some((215, None)));
    let all_over = read_one(
        "Within Operation Quill Harbour 2024, the Latvian Police held one suspect and identified 6 victims.\n\n\
         Between 3 and 9 May, 215 victims were identified all over Europe.",
    );
    assert_eq!(value(&all_over, Metric::VictimsIdentified), Some((215, None)));
    let participating = read_one(
        "Within Operation Quill Harbour 2024, the Latvian Police held one suspect and identified 6 victims.\n\n\
         The agency said 215 victims were identified across the participating countries.",
    );
    assert_eq!(value(&participating, Metric::VictimsIdentified), Some((215, None)));
    // A running total brought up to date is the whole so far, not the day's arrests nor the
    // earlier ones.
    let running = read_one(
        "Operation Quill Harbour 2024 ran in May. On the action day officers arrested 6 suspects, bringing the \
         tally to 41 arrests, as 35 arrests had been made before.",
    );
    assert_eq!(value(&running, Metric::Arrests), Some((41, None)));
    // One force's share of a wider action is not the action's figure; a count over its
    // countries is.
    let share = read_one(
        "Operation Quill Harbour 2024 ran in May. Harbour police made 58 inspections as part of an EU-wide \
         operation against exploitation.",
    );
    assert_eq!(value(&share, Metric::Inspections), None);
    let wide = read_one(
        "Operation Quill Harbour 2024 ran in May. As part of a global operation, police in 40 countries made \
         900 inspections.",
    );
    assert_eq!(value(&wide, Metric::Inspections), Some((900, None)));
    // A rounded count of all arrests, then the exact count of one kind it rounds.
    let of_a_kind = read_one(
        "Operation Quill Harbour 2024 led to the arrest of more than two hundred suspects.\n\nIn all, police made the \
         arrest of 214 people smugglers.",
    );
    assert_eq!(value(&of_a_kind, Metric::Arrests), Some((214, None)));
    assert_eq!(value(&of_a_kind, Metric::ArrestsSmugglers), Some((214, None)));
    // One country's men first, then the suspects arrested across all the countries.
    let across = read_one(
        "Eleven Maltese men were arrested in Operation Quill Harbour 2024.\n\nThe agency said 84 suspects \
         across 17 countries had been arrested.",
    );
    assert_eq!(value(&across, Metric::Arrests), Some((84, None)));
    // Arrests in one town, below the lead's arrests of one kind: a part, not all arrests.
    let town = read_one(
        "Operation Quill Harbour 2024 led to the arrest of 17 suspected smugglers.\n\nIn the port town, four people were \
         arrested as they waited for a ferry.",
    );
    assert_eq!(value(&town, Metric::ArrestsSmugglers), Some((17, None)));
    assert_eq!(value(&town, Metric::Arrests), None);
    // A list opened as the whole's results beats a town's count told first.
    let listed = read_one(
        "Operation Quill Harbour ran from 3 to 9 May 2024. Twenty people were arrested in Leeds.\n\nThe week's \
         national results were as follows:\n\n- 90 arrests for drug offences\n- 12 people charged",
    );
    assert_eq!(value(&listed, Metric::Arrests), Some((90, None)));
    // Arrests of the wanted told first are the operation's; told after others, a part.
    let wanted = read_one("Operation Quill Harbour: officers arrested 64 people wanted abroad.");
    assert_eq!(value(&wanted, Metric::Arrests), Some((64, None)));
    let after_others =
        read_one("Operation Quill Harbour led to 300 arrests.\n\nOfficers also arrested 420 suspects wanted abroad.");
    assert_eq!(value(&after_others, Metric::Arrests), Some((300, None)));
    // A sum of two operations, this one's and another's, is neither's.
    let two = read_one(
        "Card rings hit in Asia\n\nPolice arrested 2,300 people in two agency-led operations against card \
         fraud.\n\nDuring Operation Quill Harbour, officers raided 800 shops in five countries.",
    );
    assert_eq!(value(&two, Metric::Arrests), None);
}

#[test]
fn last_years_edition_is_dated_by_the_year_of_this_one() {
    let text = "Officers from 30 countries took part in PELICAN X from 1 to 20 March 2024 and made 41 arrests. \
                PELICAN X was funded by donors.\n\nLast year's edition, PELICAN IX, found 12 wrecks.";
    let document = Document { file: "one.txt".to_string(), ..Document::default() };
    let source = Source { file: "one.txt".to_string(), text: text.to_string(), document };
    let dataset = extract_sources(vec![source]).unwrap_or_else(|problems| panic!("{problems}"));
    let named: Vec<(&str, Option<i32>, bool)> =
        dataset.operations.iter().map(|op| (op.name.as_str(), op.year, op.mentioned_only)).collect();
    assert_eq!(named, [("Pelican IX", Some(2023), true), ("Pelican X", Some(2024), false)]);
}

#[test]
fn countries_a_paragraph_on_the_operation_lists_took_part() {
    let op = read_one(
        "Fake medicines seized\n\nOperation Quill Harbour seized 40 tonnes of fake medicines.\n\nThe operation ran \
         from 2 to 9 May 2024 and involved agencies of three countries. These countries include Chad, Mali and Niger.",
    );
    assert_eq!(op.countries, ["TD", "ML", "NE"]);
}

#[test]
fn one_forces_share_in_a_list_is_not_the_weeks_total() {
    let op = read_one(
        "Week of action against forced labour\n\nOperation Quill Harbour, a week of action led by the national \
         agency, ran from 3 to 9 May 2024. Forces across the country took part. Among the results:\n\n\
         - Avon Police, with local partners, arresting three people in Bath and safeguarding six victims;\n\n\
         - Raids carried out by Essex Police at four homes, arresting two people;\n\n\
         - a leaflet campaign at 40 car washes.",
    );
    assert_eq!(value(&op, Metric::Arrests), None);
    assert_eq!(value(&op, Metric::VictimsRescued), None);
}

#[test]
fn a_headlines_rounded_count_stands_where_the_body_counts_none_of_its_kind() {
    let op = read_one(
        "More than 140 victims rescued in Operation Quill Harbour\n\nOperation Quill Harbour ran in 12 countries, \
         where officers arrested 40 suspects.",
    );
    assert_eq!(value(&op, Metric::VictimsRescued), Some((140, Some("more than"))));
    // The body gives the count again, as a sum of two operations: it is not this one's.
    let sum = read_one(
        "Over 900 arrests in Operation Quill Harbour\n\nOver 900 people were arrested in two agency-led \
         operations.\n\nDuring Operation Quill Harbour, officers raided 300 gambling dens.",
    );
    assert_eq!(value(&sum, Metric::Arrests), None);
}

#[test]
fn an_operation_named_below_as_the_one_its_forces_were_involved_in_is_the_releases() {
    let op = read_one(
        "A cartel that moved cocaine through four ports is no more, the agency reported.\n\nRaids from 3 to 9 \
         May 2024 ended in 30 arrests, it added.\n\nProsecutors had worked on the case for a year.\n\n\
         Officers involved in Operation Quill Harbour had tracked the cartel's boats since March.",
    );
    assert_eq!(op.name, "Quill Harbour");
    assert_eq!(value(&op, Metric::Arrests), Some((30, None)));
}

#[test]
fn a_list_the_texts_end_cuts_off_leaves_out_its_last_item_with_a_warning() {
    let text = "Operation Quill Harbour ran in May 2024 and led to 40 arrests.\n\nParticipating countries: Chile, Peru, \
                Bol";
    let document = Document { file: "cut.txt".to_string(), ..Document::default() };
    let source = Source { file: "cut.txt".to_string(), text: text.to_string(), document };
    let dataset = extract_sources(vec![source]).unwrap_or_else(|problems| panic!("{problems}"));
    assert_eq!(dataset.operations[0].countries, ["CL", "PE"]);
    assert_eq!(dataset.warnings, ["cut.txt:3:39: the text ends inside the list of participants; `Bol` is left out"]);
}

#[test]
fn a_group_dismantled_told_with_a_yields_to_a_count_of_groups() {
    let alone = read_one("Operation Quill Harbour 2024 dismantled a smuggling network in Riga.");
    assert_eq!(value(&alone, Metric::GroupsDismantled), Some((1, None)));
    let counted = read_one(
        "Operation Quill Harbour 2024 dismantled a smuggling network in Riga. In all, three criminal groups \
         were dismantled during the operation.",
    );
    assert_eq!(value(&counted, Metric::GroupsDismantled), Some((3, None)));
}

#[test]
fn the_one_country_an_unnamed_action_names_is_where_it_took_place_not_where_its_victims_live() {
    let codes = |op: &Operation| op.countries.clone();
    let raids = read_one(
        "Police raid two call centres\n\nPolice raided two call centres in Madrid and arrested 40 people in Spain \
         for scamming victims by telephone.",
    );
    assert_eq!(codes(&raids), ["ES"]);
    let abroad = read_one(
        "Police raid two call centres\n\nPolice raided two call centres in Madrid and arrested 40 people for \
         scamming people in Canada by telephone.",
    );
    assert_eq!(codes(&abroad), Vec::<String>::new());
    // Where the victims were recruited, named first, is not where the action took place.
    let recruited = read_one(
        "Nine workers freed\n\nMost of the women had been recruited in Peru. Police freed nine victims of labour \
         exploitation and arrested four people in Spain.",
    );
    assert_eq!(codes(&recruited), ["ES"]);
    // People counted by their country's name for them are no other country's action.
    let counted = read_one(
        "Scam centre raided\n\nPolice raided a scam centre in Bolivia and arrested six suspects. \
         Officers found 30 Chileans and 12 Peruvians at the site.",
    );
    assert_eq!(codes(&counted), ["BO"]);
}

#[test]
fn a_paragraph_on_an_action_in_a_year_gone_by_tells_of_that_action() {
    let text = "Operation Quill Harbour 2024 is under way across the region, police said.\n\n\
                It targets drug trafficking and stolen cars.\n\n\
                In 2019, a joint raid by officers of Chile and Peru ended with 40 arrests.\n\n\
                The operation, which ran in two ports, saw 270 suspects held.\n";
    let op = read_one(text);
    assert!(op.countries.is_empty(), "{:?}", op.countries);
    assert_eq!(value(&op, Metric::Arrests), None);
    // In the lead, the same words tell of the release's own action.
    let lead = read_one(
        "In 2024, a joint raid by officers of Chile and Peru ended with 40 arrests.\n\n\
         Operation Quill Harbour 2024 targeted drug trafficking.\n",
    );
    assert_eq!(value(&lead, Metric::Arrests), Some((40, None)));
}

#[test]
fn the_sentence_that_opens_a_list_of_participants_may_count_them() {
    let op = read_one(
        "Border checks in the west\n\nOperation Quill Harbour involved 150 officers from 5 countries: Chad, Mali, \
         Niger, Togo and Benin.\n\nOfficers made 12 arrests.",
    );
    assert_eq!((op.stated_country_count, op.countries.len()), (Some(5), 5));
}

/// The currency of each seizure the operation reports, in order.
fn currencies(op: &Operation) -> Vec<Option<String>> {
    op.seizures.iter().map(|s| s.currency.clone()).collect()
}

#[test]
fn a_bare_dollar_is_the_dollar_of_the_one_country_a_national_release_names() {
    let seizing =
        |lead: &str| read_one(&format!("Customs seize cash\n\n{lead}\n\nOfficers seized $250,000 in cash.\n"));
    let national = seizing("Operation Quill Harbour targeted a smuggling ring in Halifax, Canada.");
    assert_eq!(currencies(&national), [Some("CAD".to_string())]);
    // Where several countries took part, or no other dollar's country is named, it is the US dollar's.
    let several = seizing("Operation Quill Harbour involved police from Canada, Chile and Peru.");
    assert_eq!(currencies(&several), [Some("USD".to_string())]);
    let unnamed = seizing("Operation Quill Harbour targeted a smuggling ring.");
    assert_eq!(currencies(&unnamed), [Some("USD".to_string())]);
    // Named twice as often as another dollar's country, it is the release's.
    let most = seizing("Operation Quill Harbour, run from Halifax, Canada, by Canadian police, ended in Australia.");
    assert_eq!(currencies(&most), [Some("CAD".to_string())]);
    // Two countries with dollars of their own, and no one's dollar is told: it stays "$".
    let two = seizing("Operation Quill Harbour targeted a smuggling ring in Halifax, Canada, with ties to Australia.");
    assert_eq!(currencies(&two), [Some("$".to_string())]);
}

#[test]
fn rupees_are_those_of_the_one_country_the_release_names_that_writes_its_money_so() {
    let seizing = |lead: &str| {
        read_one(&format!("Assets frozen\n\n{lead}\n\nThe agency seized properties worth Rs 26 million.\n"))
    };
    let pakistan = seizing("The agency held 21 smugglers in Karachi, Pakistan, in an operation.");
    assert_eq!(currencies(&pakistan), [Some("PKR".to_string())]);
    // No such country named: India's, whose press writes most of them of its own cities.
    let unnamed = seizing("The agency held 21 smugglers in an operation in the city.");
    assert_eq!(currencies(&unnamed), [Some("INR".to_string())]);
    // Two such countries: whose rupees they are, the text does not tell.
    let two = seizing("The agency held 21 smugglers from Nepal and India in an operation.");
    assert_eq!(currencies(&two), [Some("rupees".to_string())]);
}

#[test]
fn the_day_the_police_told_of_an_action_dates_the_release_not_the_action() {
    let op = read_one(
        "Officers rescued 13 victims of forced labour in raids on farms in the north, the police said Saturday, \
         May 6, 2023.\n\nThe victims were taken to shelters.",
    );
    assert_eq!((op.year, op.year_inferred, op.start), (Some(2023), true, None));
    // In the first paragraph's second sentence, in Spanish, with "del" before the year: the
    // action's days without a year take it.
    let op = read_one(
        "La Operación Quill Harbour dejó 40 detenidos. Hubo controles en cinco países, informó este lunes 8 \
         de mayo del 2023 la policía.\n\nLos controles duraron del 10 al 20 de abril.",
    );
    assert_eq!((op.year, op.start.map(|d| d.to_string())), (Some(2023), Some("2023-04-10".to_string())));
    // The day the results were presented opens the first sentence: the action's days take its year.
    let op = read_one(
        "On 25 May 2021, the coast guard unveiled the results of the third phase of Operation Keel Line. From 10 \
         April to 20 May, ships from 12 countries took part.",
    );
    let days = (op.start.map(|d| d.to_string()), op.end.map(|d| d.to_string()));
    assert_eq!((op.year, op.year_inferred), (Some(2021), true));
    assert_eq!(days, (Some("2021-04-10".to_string()), Some("2021-05-20".to_string())));
}

#[test]
fn a_larger_count_the_headline_gives_beats_a_smaller_one_told_first() {
    let told = |headline: &str| {
        read_one(&format!(
            "{headline}\n\nOfficers drove out to the hill towns on Monday night.\n\nBy Wednesday they had \
             arrested 8 people there.\n\nThe towns were a small part of the nationwide sweep against \
             trafficking. In all, 95 suspects were arrested."
        ))
    };
    assert_eq!(value(&told("95 held in nationwide sweep"), Metric::Arrests), Some((95, None)));
    // A headline that gives neither count leaves the first.
    assert_eq!(value(&told("Dozens held in nationwide sweep"), Metric::Arrests), Some((8, None)));
}

#[test]
fn a_rounded_count_of_the_whole_beats_one_countrys_share_told_first() {
    let told = |whole: &str| {
        read_one(&format!(
            "Phishing service shut down\n\nSix Ruritanian nationals were arrested in Operation Quill Harbour, \
             which targeted a phishing service.\n\n{whole}"
        ))
    };
    let worldwide = told("Some 40 people were arrested worldwide.");
    assert_eq!(value(&worldwide, Metric::Arrests), Some((40, Some("some"))));
    // Counted in some of the places only, it is no whole.
    let some_places = told("In total some 40 people were arrested in these two countries.");
    assert_eq!(value(&some_places, Metric::Arrests), Some((6, None)));
}

#[test]
fn a_count_before_the_list_of_participants_is_the_operations() {
    let op = read_one(
        "Reptile smugglers held\n\nOperation Quill Harbour targeted reptile smuggling.\n\n40 suspects were \
         arrested in 4 countries: Austria, Malta, Spain and Italy.",
    );
    assert_eq!((value(&op, Metric::Arrests), op.countries.len()), (Some((40, None)), 4));
}

#[test]
fn one_countrys_agency_tells_where_an_action_ran_though_a_seizure_abroad_is_told() {
    // The FBI is the United States' alone; a seizure in Mexico before the probe began is a
    // case of Mexico's, and no sign that the FBI's country took no part.
    let probe = read_one(
        "Kestrel gun ring broken up\n\nEleven people were arrested after a probe led by the FBI into a ring that \
         bought rifles in the United States and sold them on.\n\nThe investigation began after police seized four \
         rifles in Mexico.",
    );
    assert_eq!(probe.countries, ["US"]);
}

#[test]
fn a_spanish_release_counts_the_whole_where_it_says_so_after_its_countrys_share() {
    // A Spanish police release opens on its own country's share, then gives the operation's
    // totals "en varios países".
    let op = read_one(
        "Operación internacional contra la trata\n\nLa Policía detuvo a 30 personas en Chile, donde identificó a 12 \
         víctimas.\n\nLa Operación Kestrel II duró del 3 al 9 de mayo. Se ha arrestado a un total de 140 \
         sospechosos en varios países, y se han identificado a 61 víctimas.",
    );
    assert_eq!(value(&op, Metric::Arrests), Some((140, None)));
    assert_eq!(value(&op, Metric::VictimsIdentified), Some((61, None)));
}

#[test]
fn the_year_a_leads_police_work_was_done_in_is_the_actions_under_a_headlines_word_for_it() {
    // The headline calls the action a crackdown; the lead tells of the campaign, who launched
    // it, its year and what it did. The year of the release's date line is not the action's,
    // and the stated year, not the month of the release, tells the action apart.
    let op = read_one(
        "Peru holds 900 in smuggling crackdown\n\nPublished: 14 January 2023\n\nIts campaign, launched by the \
         Peru Coast Guard in 2022, saw 900 people arrested.",
    );
    assert_eq!((op.year, op.year_inferred), (Some(2022), false));
    assert_eq!(op.name, "Peru Coast Guard crackdown, 2022");
    let organisers: Vec<&str> = op.organisers.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(organisers, ["Peru Coast Guard"]);
}

#[test]
fn a_force_that_another_joined_forces_with_took_part() {
    let op = read_one(
        "Ninety migrants found in joint action\n\nChilean customs officers teamed up with the Peruvian Police for \
         Operation KESTREL against a smuggling ring.",
    );
    assert_eq!(op.countries, ["CL", "PE"]);
}

#[test]
fn a_total_shared_out_by_country_is_the_operations_not_the_first_countrys() {
    let op = read_one(
        "Ring broken up\n\nOn 4 March the agency backed a joint operation by police from Estonia and Latvia.\n\nIn \
         all, 19 people were detained: 12 in Estonia and 7 in Latvia.",
    );
    assert_eq!(value(&op, Metric::Arrests), Some((19, None)));
    assert!(op.highlights.is_empty(), "{:?}", op.highlights);
}

#[test]
fn the_one_country_a_headline_places_the_action_in_took_part() {
    // The body names the countries the network's routes crossed, and the people's own: only
    // the headline says where the police acted.
    let raids = read_one(
        "Forgers of visas held in morning raids across Kenya\n\nImmigration officers arrested five people in raids \
         on twelve homes on Tuesday. The network moved people over the borders with Uganda and Tanzania, the \
         Interior Ministry said.",
    );
    assert_eq!(raids.countries, ["KE"]);
    let town = read_one(
        "Charity and police rescuing 30 girls in Bay Town, Ghana\n\nPolice officers raided a brothel on Friday \
         and rescued 30 girls, some of them from Togo, the charity said.",
    );
    assert_eq!(town.countries, ["GH"]);
    let opening = read_one(
        "Burkina Faso : vingt enfants sauvés dans une opération\n\nLa police a sauvé vingt enfants des mines \
         d'or, dit INTERPOL.",
    );
    assert_eq!(opening.countries, ["BF"]);
    // Where the headline names two countries, it places the action in neither.
    let two = read_one(
        "Police free 30 girls in Ghana after tip from Togo\n\nPolice officers raided a brothel on Friday and \
         rescued 30 girls.",
    );
    assert_eq!(two.countries, Vec::<String>::new());
}

#[test]
fn a_german_release_reports_the_operation_its_finds_were_part_of() {
    // The name stands in the second paragraph; a heading below calls it a "Kontrollaktion", as
    // a release without a name would its action. The release is about the named operation.
    let text = "Heroin in Bremen gefunden\n\nIm Bremer Hafen fanden Beamte des Zolls vorige Woche rund zwei Tonnen \
                Heroin.\n\nDie Funde sind nach Auskunft der Behörde Teil der vom Zoll geleiteten Kontrolloperation \
                NORDLICHT.\n\nMehrere Staaten an der Kontrollaktion beteiligt\n\nAcht Tage lang wurden im Rahmen der \
                Kontrollaktion Schiffe geprüft.";
    let document = Document { file: "one.txt".to_string(), ..Document::default() };
    let source = Source { file: "one.txt".to_string(), text: text.to_string(), document };
    let dataset = extract_sources(vec![source]).unwrap_or_else(|problems| panic!("{problems}"));
    let reported: Vec<&str> =
        dataset.operations.iter().filter(|op| !op.mentioned_only).map(|op| op.name.as_str()).collect();
    assert_eq!(reported, ["Nordlicht"]);
}

#[test]
fn goods_of_no_kind_hold_parts_of_every_kind() {
    let op = read_one(
        "Operation Quill Harbour ran from 2 to 9 May 2024 and ended in the seizure of 8 million products.\n\n\
         Among the goods confiscated were 200,000 pharmaceutical products.",
    );
    let parts: Vec<(&str, Option<&str>)> =
        op.seizures.iter().map(|s| (s.item.as_str(), s.part_of.as_deref())).collect();
    assert_eq!(parts, [("products", None), ("pharmaceutical products", Some("products"))]);
}
