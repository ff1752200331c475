//! The dataset the build step extracted, embedded in the binary.

use std::rc::Rc;

use explorer_query::IndexedDataset;
use explorer_query::map::{Extent, Point};

/// The dataset the build extracted, packed (see `explorer_model::packed` for why not JSON).
static PACKED_DATASET: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/dataset.bin"));

// `SOURCE_TEXTS`: each source file's name and text, exactly as read.
include!(concat!(env!("OUT_DIR"), "/sources.rs"));

// `WORLD_VIEW_BOX`, `WORLD_SHAPES` and `WORLD_DOTS`: the world map build.rs drew, as statics
// (read where they lie in the binary: nothing to parse at start-up).
include!(concat!(env!("OUT_DIR"), "/world.rs"));

/// A country as the world map draws it (see `explorer_extract::world_map::Shape`).
pub struct WorldShape {
    /// Its ISO alpha-2 code, if ISO has one.
    pub code: Option<&'static str>,
    pub name: &'static str,
    /// The SVG path's `d`.
    pub path: &'static str,
    /// The centre of its mainland, which the arrow keys move between.
    pub centre: Point,
    /// Its body's bounds, which a region's zoom takes in.
    pub extent: Extent,
}

/// The text of a source file, if the build embedded it.
pub fn source_text(file: &str) -> Option<&'static str> {
    SOURCE_TEXTS.iter().find(|(name, _)| *name == file).map(|(_, text)| *text)
}

/// Unpacks the embedded dataset, indexed for the views. The build packed it from the same
/// model, so a failure here is a bug in the build, not bad input.
pub fn embedded_dataset() -> Rc<IndexedDataset> {
    let dataset =
        explorer_model::packed::unpack(PACKED_DATASET, SOURCE_TEXTS).expect("the embedded dataset matches the model");
    Rc::new(IndexedDataset::new(dataset))
}

/// What every page reads the dataset from: the app provides the embedded one, tests their own.
pub type DatasetContext = Rc<IndexedDataset>;

/// The dataset of the nearest `ContextProvider<DatasetContext>` (the app's, or a test's).
#[yew::hook]
pub fn use_dataset() -> DatasetContext {
    yew::use_context::<DatasetContext>().expect("pages are rendered inside the dataset provider")
}
