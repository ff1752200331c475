//! The static summary written into `index.html` at build time: the operations with their
//! dates, participants and headline figures, and the countries and territories, as plain
//! HTML. A browser that cannot run the app (JavaScript off, no WebAssembly) shows it instead
//! of a blank page; search engines and the first paint read it too. The app removes it when
//! it starts (`src/lib.rs`).
//!
//! The texts come from the same `explorer-query` questions the app asks (`when`,
//! `participants_summary`, `FigureRow::value`), so both say the same thing.

use explorer_model::Dataset;
use explorer_model::text::counted;
use explorer_query::export::HEADLINE;
use explorer_query::operations::{FigureRow, figure_rows, participants_summary, when};

use crate::process::Failure;

/// The element in `index.html` that the summary fills (the page's main landmark until the app
/// replaces it with its own); the app finds it by its attribute.
pub const PLACEHOLDER: &str = "<main class=\"interpol-explorer static-summary\" data-static-summary></main>";

/// The summary's HTML, to go inside the placeholder element.
pub fn render(dataset: &Dataset) -> String {
    let mut html = String::new();
    // What is missing, in a browser with JavaScript off; `start-<hash>.js` says it when there is
    // JavaScript but no WebAssembly.
    html.push_str(
        "<noscript><p class=\"notice\">JavaScript is off in this browser, so this is a summary: the \
         interactive explorer needs JavaScript and WebAssembly.</p></noscript>\n",
    );
    html.push_str("<h1>INTERPOL operations against human trafficking and migrant smuggling</h1>\n");
    html.push_str(&format!(
        "<p>A summary of {}. The interactive explorer (filters, timeline, sources) starts here when the \
         browser runs JavaScript and WebAssembly.</p>\n",
        what_is_counted(dataset)
    ));
    html.push_str("<table>\n<caption>Operations</caption>\n<thead><tr><th scope=\"col\">Operation</th>");
    html.push_str("<th scope=\"col\">When</th><th scope=\"col\">Participants</th>");
    let figure_labels = HEADLINE.map(|metric| escape(&capitalised(metric.label())));
    for label in &figure_labels {
        html.push_str(&format!("<th scope=\"col\" class=\"number\">{label}</th>"));
    }
    html.push_str("</tr></thead>\n<tbody>\n");
    // On a phone the rows are laid out as cards, one line per cell, and each cell shows its
    // column's name from `data-label` (style.css, "The static summary on narrow screens").
    for op in &dataset.operations {
        let passing = if op.mentioned_only { " (named in passing)" } else { "" };
        html.push_str(&format!(
            "<tr><th scope=\"row\">{}{passing}</th><td data-label=\"When\">{}</td>\
             <td data-label=\"Participants\">{}</td>",
            escape(&op.title()),
            escape(&when(op)),
            escape(&participants_summary(op))
        ));
        // As the operation page words them: "sources differ: 126, 120" where releases disagree.
        let rows = figure_rows(&op.figures);
        for (metric, label) in HEADLINE.iter().zip(&figure_labels) {
            let value =
                rows.iter().find(|row| row.metric == *metric).map_or("not stated".to_string(), FigureRow::value);
            html.push_str(&format!("<td class=\"number\" data-label=\"{label}\">{}</td>", escape(&value)));
        }
        html.push_str("</tr>\n");
    }
    html.push_str("</tbody>\n</table>\n");
    html.push_str(&format!(
        "<h2>Countries and territories ({})</h2>\n<ul class=\"country-list\">",
        dataset.countries.len()
    ));
    let mut names: Vec<&str> = dataset.countries.iter().map(|c| c.name.as_str()).collect();
    names.sort_unstable();
    for name in names {
        html.push_str(&format!("<li>{}</li>", escape(name)));
    }
    html.push_str("</ul>\n");
    html
}

/// Puts the summary into the placeholder of a built `index.html`.
pub fn fill(index_html: &str, dataset: &Dataset) -> Result<String, Failure> {
    if index_html.matches(PLACEHOLDER).count() != 1 {
        return Err(Failure(format!("index.html should hold the summary's placeholder once: {PLACEHOLDER}")));
    }
    let (open, close) = PLACEHOLDER.split_at(PLACEHOLDER.len() - "</main>".len());
    Ok(index_html.replacen(PLACEHOLDER, &format!("{open}\n{}{close}", render(dataset)), 1))
}

/// What the table's rows are: "the 5 operations reported in the press releases, and 1 named in
/// passing" (a release that names an operation it does not report still gives it a row).
fn what_is_counted(dataset: &Dataset) -> String {
    let passing = dataset.operations.iter().filter(|op| op.mentioned_only).count();
    let reported = counted(dataset.operations.len() - passing, "operation", "operations");
    match passing {
        0 => format!("the {reported} reported in the press releases"),
        n => format!("the {reported} reported in the press releases, and {n} named in passing"),
    }
}

fn capitalised(label: &str) -> String {
    let mut chars = label.chars();
    chars.next().map_or(String::new(), |first| first.to_uppercase().chain(chars).collect())
}

/// Text made safe inside HTML elements and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use explorer_model::{Country, Figure, Metric, Operation, Source};

    use super::*;

    fn dataset() -> Dataset {
        let arrests = Figure {
            metric: Metric::Arrests,
            value: 1200,
            qualifier: Some("more than".into()),
            currency: None,
            as_written: "1,200".into(),
            source: Source::default(),
        };
        Dataset {
            operations: vec![
                Operation {
                    name: "Alpha <script>x()</script>".into(),
                    year: Some(2021),
                    stated_country_count: Some(2),
                    countries: vec!["ES".into(), "PT".into()],
                    figures: vec![arrests],
                    ..Operation::default()
                },
                Operation { name: "Beta".into(), mentioned_only: true, ..Operation::default() },
            ],
            countries: vec![
                Country {
                    code: "PT".into(),
                    name: "Portugal".into(),
                    region: None,
                    subregion: None,
                    aliases: Vec::new(),
                },
                Country {
                    code: "ES".into(),
                    name: "Spain & \"Islands\"".into(),
                    region: None,
                    subregion: None,
                    aliases: Vec::new(),
                },
            ],
            ..Dataset::default()
        }
    }

    #[test]
    fn lists_operations_with_their_figures_and_the_countries_by_name() {
        let html = render(&dataset());
        assert!(html.contains("A summary of the 1 operation reported in the press releases, and 1 named in passing."));
        assert!(html.contains(
            "<tr><th scope=\"row\">Operation Alpha &lt;script&gt;x()&lt;/script&gt;</th><td data-label=\"When\">2021</td>\
             <td data-label=\"Participants\">2 countries (stated and listed)</td>\
             <td class=\"number\" data-label=\"Arrests\">more than 1,200</td>\
             <td class=\"number\" data-label=\"Victims rescued\">not stated</td>"
        ));
        assert!(html.contains(
            "<th scope=\"row\">Operation Beta (named in passing)</th><td data-label=\"When\">dates not stated</td>\
             <td data-label=\"Participants\">not stated</td>"
        ));
        assert!(html.contains("<th scope=\"col\" class=\"number\">Arrests</th>"));
        assert!(html.contains("<h2>Countries and territories (2)</h2>"));
        assert!(html.contains("<li>Portugal</li><li>Spain &amp; &quot;Islands&quot;</li>"));
        assert!(!html.contains("<script"));
    }

    #[test]
    fn says_what_it_counts() {
        let mut dataset = dataset();
        dataset.operations.pop();
        assert!(render(&dataset).contains("A summary of the 1 operation reported in the press releases. "));
        dataset.operations.push(dataset.operations[0].clone());
        assert!(render(&dataset).contains("A summary of the 2 operations reported in the press releases. "));
    }

    #[test]
    fn says_where_releases_state_a_figure_differently() {
        let mut dataset = dataset();
        let mut other = dataset.operations[0].figures[0].clone();
        (other.value, other.qualifier) = (1260, None);
        dataset.operations[0].figures.push(other);
        assert!(render(&dataset).contains(">sources differ: more than 1,200, 1,260</td>"));
    }

    #[test]
    fn fills_the_one_placeholder_or_says_why_not() {
        let page = format!("<body><div id=\"x\">{PLACEHOLDER}</div></body>");
        let filled = fill(&page, &dataset()).unwrap();
        assert!(filled.starts_with(
            "<body><div id=\"x\"><main class=\"interpol-explorer static-summary\" data-static-summary>\n<noscript>"
        ));
        assert!(filled.ends_with("</ul>\n</main></div></body>"));
        assert!(fill("<body></body>", &dataset()).unwrap_err().0.contains("placeholder"));
        let twice = format!("{PLACEHOLDER}{PLACEHOLDER}");
        assert!(fill(&twice, &dataset()).is_err());
    }
}
