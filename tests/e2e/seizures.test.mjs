// What a reader sees of crime areas and seizures. The crime-area facet (crime_area= in the
// address) on the operations, cases and countries views: its options with their live counts,
// the count and the rows it keeps, and a choice that survives a reload. Seizures: the seed
// releases state none of an operation's own (each is one country's case, which never becomes
// the operation's), so the operation page's "Seized" section and the operations table's
// "Seized: ..." are read from a second bundle built from the development corpus
// (crates/extract/tests/fixtures/corpus/, hand-checked keys beside each release), which
// `cargo xtask test` builds into target/e2e/corpus. Every expected value names, in a comment,
// the sentence of the release it comes from. In Chromium under playwright-core.
import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import { access, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { serveDirectory } from '../../xtask/server.mjs';
import { openView, servedInChromium, waitForReady, withCleanPage } from './browser.mjs';

const project = (path) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const shared = servedInChromium(project('dist'));
// Built by `cargo xtask test` beside dist/ (xtask/src/test.rs), from the corpus below.
const corpusDist = project('target/e2e/corpus');
const corpusTexts = project('crates/extract/tests/fixtures/corpus');
let corpusServer;

before(async () => {
  await access(corpusDist).catch(() => {
    throw new Error(`${corpusDist} is missing: \`cargo xtask test\` builds it from ${corpusTexts}`);
  });
  corpusServer = await serveDirectory(corpusDist);
});

after(async () => {
  await corpusServer?.close();
});

const LAPTOP = { width: 1280, height: 800 };

/** Runs `check` on a fresh page, then asserts that no console error or outside request came. */
const withPage = (check) => withCleanPage(shared.browser, { viewport: LAPTOP }, check);

/** Opens `address` (a hash) of the seeds' bundle, or of the corpus bundle, and waits for the first render. */
const open = (page, address, server = shared.server) => openView(page, server, address);

const status = (page) => page.locator('main [role=status]').first().textContent();
const rowCount = (page) => page.locator('main table tbody tr').count();
/** The names in the rows' headers (operations, countries), sorted. */
const rowNames = async (page) => (await page.locator('main table tbody th a').allTextContents()).sort();
const crimeAreas = (page) => page.getByRole('group', { name: 'Crime area' });
/** The crime-area facet's options as the reader reads them, in their order: "human trafficking (4 operations)". */
const crimeAreaOptions = async (page) =>
  (await crimeAreas(page).locator('label').allTextContents()).map((label) => label.trim());
const chips = (page) => page.locator('main .chips li').allTextContents();
const hashHas = (page, part) => page.waitForFunction((part) => location.hash.includes(part), part);

test('the operations view offers each crime area with its operations, keeps them, and a reload keeps the choice', async () => {
  await withPage(async (page) => {
    await open(page, '#/operations');
    assert.equal(await status(page), '6 of 6 operations');
    // Migrant smuggling: the COP10 statement says Turquesa (2019)'s approach tackled groups
    // involved in migrant smuggling, and the lead sentences of Turquesa II ("targeting
    // international migrant smuggling and human trafficking networks"), Liberterra ("criminal
    // groups behind human trafficking and migrant smuggling"), Weka II ("crackdown on the
    // criminal groups behind human trafficking and migrant smuggling") and Liberterra II
    // ("operation against human trafficking and migrant smuggling") name both: 5. Human
    // trafficking: those four; the statement names none for Turquesa, and Weka I is only
    // named in passing in Weka II's release, with no aim stated.
    assert.deepEqual(await crimeAreaOptions(page), ['migrant smuggling (5 operations)', 'human trafficking (4 operations)']);
    await crimeAreas(page).getByRole('checkbox', { name: 'human trafficking (4 operations)' }).check();
    await hashHas(page, 'crime_area=human_trafficking');
    const kept = ['Operation Liberterra', 'Operation Liberterra II', 'Operation Turquesa II', 'Operation Weka II'];
    const sees = async (when) => {
      assert.equal(await status(page), '4 of 6 operations', when);
      assert.equal(await rowCount(page), 4, when);
      assert.deepEqual(await rowNames(page), kept, when);
      assert.deepEqual(await chips(page), ['Crime area: human trafficking ×'], when);
      assert.equal(await crimeAreas(page).getByRole('checkbox', { name: /^human trafficking/ }).isChecked(), true, when);
    };
    await sees('chosen');
    await page.reload();
    await waitForReady(page);
    await sees('after a reload');
  });
});

test("the crime areas' counts follow the other filters, on operations and on their cases", async () => {
  await withPage(async (page) => {
    // Of the series Turquesa, both editions targeted migrant smuggling, only Turquesa II
    // human trafficking (the sentences above): one operation, said in the singular.
    await open(page, '#/operations?series=turquesa');
    assert.equal(await status(page), '2 of 6 operations');
    assert.deepEqual(await crimeAreaOptions(page), ['migrant smuggling (2 operations)', 'human trafficking (1 operation)']);
    await open(page, '#/operations?series=turquesa&crime_area=human_trafficking');
    assert.equal(await status(page), '1 of 6 operations');
    assert.deepEqual(await rowNames(page), ['Operation Turquesa II']);
    // Two areas chosen are alternatives: either keeps both editions.
    await open(page, '#/operations?series=turquesa&crime_area=human_trafficking&crime_area=migrant_smuggling');
    assert.equal(await status(page), '2 of 6 operations');

    // A case has its operation's areas. Every case is of Turquesa II, Liberterra, Weka II or
    // Liberterra II (Turquesa and Weka I have none), each against both: every case counts
    // for both areas, whatever the total.
    await open(page, '#/cases');
    const total = Number((await status(page)).match(/^(\d+) of \1 cases$/)?.[1]);
    assert.ok(total > 0, await status(page));
    assert.deepEqual(await crimeAreaOptions(page), [`human trafficking (${total} cases)`, `migrant smuggling (${total} cases)`]);
    // Turquesa II's three cases: Panama arrested the subject of a Red Notice wanted for a
    // murder in Mexico; Mexico arrested the leader of a group smuggling migrants from Cuba;
    // in Brazil, action against Sonho Americano and other groups. (Its "close to 100"
    // victims rescued in six countries is a figure, not one country's case.)
    await open(page, '#/cases?series=turquesa&crime_area=human_trafficking');
    assert.equal(await status(page), `3 of ${total} cases`);
    assert.deepEqual(await crimeAreaOptions(page), ['human trafficking (3 cases)', 'migrant smuggling (3 cases)']);
    const sentences = await page.locator('main table tbody blockquote').allTextContents();
    assert.equal(sentences.length, 3);
    for (const [i, start] of ['Thanks to reinforced border controls, authorities in Panama', 'In Mexico, authorities arrested the alleged leader', 'In Brazil, police action against organized crime groups such as Sonho Americano'].entries()) {
      assert.ok(sentences.some((sentence) => sentence.startsWith(start)), `case ${i + 1}: ${start}`);
    }
    // The chips in the order the address chose them.
    assert.deepEqual(await chips(page), ['Series: Turquesa ×', 'Crime area: human trafficking ×']);
  });
});

test('the countries view keeps the countries an operation against the area lists, and a reload keeps them', async () => {
  await withPage(async (page) => {
    // 139 countries are named: the union of the four participant lists (Turquesa II's 32,
    // Liberterra's 47, Weka II's 44, Liberterra II's 116) holds 134, and five more are named
    // only in cases: Afghanistan (North Macedonia's smugglers' origin, Liberterra), Cuba
    // (migrants from its coast, Turquesa II; Cuban migrants, Liberterra), Kuwait ("Kuweit",
    // Togo's case, Weka II), the Netherlands (onward travel, the UK's case, Liberterra II) and
    // Russia (victims in North Macedonia, Liberterra II).
    const namedInCasesOnly = ['Afghanistan', 'Cuba', 'Kuwait', 'Netherlands', 'Russian Federation'];
    await open(page, '#/countries');
    assert.equal(await status(page), '139 of 139 countries and territories');
    const all = await rowNames(page);
    for (const name of namedInCasesOnly) assert.ok(all.includes(name), name);
    // Those four operations are each against both areas, and Turquesa (2019) lists no
    // participant: each area keeps the 134 listed.
    assert.deepEqual(await crimeAreaOptions(page), ['human trafficking (134 countries)', 'migrant smuggling (134 countries)']);
    await crimeAreas(page).getByRole('checkbox', { name: /^migrant smuggling/ }).check();
    await hashHas(page, 'crime_area=migrant_smuggling');
    const sees = async (when) => {
      assert.equal(await status(page), '134 of 139 countries and territories', when);
      const kept = await rowNames(page);
      assert.equal(kept.length, 134, when);
      assert.deepEqual(all.filter((name) => !kept.includes(name)), namedInCasesOnly, when);
      assert.deepEqual(await chips(page), ['Crime area: migrant smuggling ×'], when);
    };
    await sees('chosen');
    await page.reload();
    await waitForReady(page);
    await sees('after a reload');
    // Brazil and Spain, listed by all four, and Australia, listed by Liberterra II only, stay.
    const kept = await rowNames(page);
    for (const name of ['Australia', 'Brazil', 'Spain']) assert.ok(kept.includes(name), name);
  });
});

test("no seed operation shows a seizure as its own: each seizure the releases state is one country's case", async () => {
  await withPage(async (page) => {
    // Every sentence on seizing in the seeds tells of one country: Liberterra II's Brazil
    // (USD 750,000), Serbia (cash, firearms, drugs), Argentina (shotguns, pistols, ammunition
    // and USD 200,000 in cash), Algeria (320,000 dinars and phones), Montenegro (cash,
    // phones, vehicles, documents) and the Philippines (seized devices); Liberterra's
    // documents "seized on every continent" give no amount, and Tanzania's 169 forged passports
    // were carried by a driver it arrested; the statement's 42 bank accounts were frozen by
    // Brazil. Weka II's passports in the DRC were found, not seized.
    await open(page, '#/operations');
    const ids = await page
      .locator('main table tbody th a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href').replace(/^#\/operations\//, '')));
    assert.equal(ids.length, 6);
    assert.equal(await page.locator('main .seized-short').count(), 0);
    assert.doesNotMatch(await page.locator('main table').textContent(), /Seized/);
    for (const id of ids) {
      await open(page, `#/operations/${id}`);
      assert.ok(!(await page.locator('main h2').allTextContents()).includes('Seized'), id);
      assert.equal(await page.locator('main ul.seizures').count(), 0, id);
    }
    // Argentina's seizure is read with its case, and shown as the case's sentence.
    await open(page, '#/operations/liberterra-ii-2024');
    const argentina = page.locator('main ul.highlights > li', { hasText: 'USD 200,000 in cash' });
    assert.equal(await argentina.count(), 1);
    assert.match(await argentina.locator('blockquote').textContent(), /^In Argentina, authorities rescued 59 human trafficking victims.*Officials seized shotguns, pistols, ammunition and USD 200,000 in cash\.$/s);
  });
});

/** The Seized section's items as read on screen: the seizure in words, a part's total, no source. */
const seizureItems = (page) =>
  page.locator('main ul.seizures > li').evaluateAll((items) =>
    items.map((item) => {
      const copy = item.cloneNode(true);
      copy.querySelectorAll('details, .source-print, .checked-by-hand').forEach((node) => node.remove());
      return copy.textContent.trim();
    }),
  );

const spaced = (text) => text.replace(/\s+/g, ' ');

test("an operation's Seized section lists each seizure as stated, parts under their total, each with its sentence", async () => {
  await withPage(async (page) => {
    // Obsidian Gate (corpus release 86): "Seizures across the region included: 1,932 firearms,
    // among them 418 pistols and 77 assault rifles; more than 131,000 rounds of ammunition;
    // 312 kg of explosives; 2,450 firearm parts". Not the lead's rounded "more than 1,900
    // firearms", and not Honduras's 64 rifles, found in one country.
    const file = '86-interpol-firearms-32-nations.txt';
    const release = spaced(await readFile(`${corpusTexts}/${file}`, 'utf8'));
    await open(page, '#/operations/obsidian-gate-2024', corpusServer);
    assert.ok((await page.locator('main h2').allTextContents()).includes('Seized'));
    assert.deepEqual(await seizureItems(page), [
      '1,932 firearms',
      '418 pistols (part of the firearms)',
      '77 assault rifles (part of the firearms)',
      'more than 131,000 rounds of ammunition',
      '312 kg of explosives',
      '2,450 firearm parts',
    ]);
    const items = page.locator('main ul.seizures > li');
    for (let i = 0; i < (await items.count()); i += 1) {
      const item = items.nth(i);
      const amount = (await item.textContent()).match(/\d[\d,.]*/)[0];
      // The sentence waits behind "Source"; opened, it is the release's own words, with the
      // amount in them, and the release is named.
      const quote = item.locator('details.source blockquote');
      assert.equal(await quote.isVisible(), false, amount);
      await item.locator('details.source summary').click();
      assert.equal(await quote.isVisible(), true, amount);
      const said = spaced(await quote.textContent());
      assert.ok(release.includes(said), `"${said}" is not in ${file}`);
      assert.ok(said.includes(amount), `"${said}" does not state ${amount}`);
      assert.match(await item.locator('details.source .citation').textContent(), new RegExp(`INTERPOL.*\\(${file.replace(/\./g, '\\.')}\\)$`));
    }
    // A currency and a unit (corpus release 116, Salvia XVII): "They also seized 3,800 litres
    // of liquid medicines and cough syrups containing codeine, and EUR 640,000 in cash."
    await open(page, '#/operations/salvia-xvii-2024', corpusServer);
    const salvia = await seizureItems(page);
    assert.equal(salvia[0], '14.3 million pills');
    for (const item of ['3,800 litres of liquid medicines and cough syrups', 'EUR 640,000 in cash']) {
      assert.ok(salvia.includes(item), `${item} in ${JSON.stringify(salvia)}`);
    }
  });
});

test('the operations table says in short what each operation seized, its parts left out', async () => {
  await withPage(async (page) => {
    const seizedCell = async (search) => {
      await open(page, `#/operations?q=${search}`, corpusServer);
      assert.match(await status(page), /^1 of \d+ operations$/, search);
      const seized = page.locator('main table tbody tr th .seized-short');
      return (await seized.count()) === 0 ? null : seized.textContent();
    };
    // Obsidian Gate's four totals (firearms, ammunition, explosives, firearm parts; the pistols
    // and assault rifles are among the firearms): the first two, then how many more.
    assert.equal(await seizedCell('obsidian%20gate'), 'Seized: 1,932 firearms, more than 131,000 rounds of ammunition, 2 more');
    // Salvia XVII's three: 14.3 million pills (the tapentadol and weight-loss doses among
    // them), 3,800 litres of liquid medicines and cough syrups, EUR 640,000 in cash.
    assert.equal(await seizedCell('salvia'), 'Seized: 14.3 million pills, 3,800 litres of liquid medicines and cough syrups, 1 more');
    // Amber Route (corpus release 01) reports arrests and rescues and seizes nothing.
    assert.equal(await seizedCell('amber%20route'), null);
  });
});

/** The comparison chart's rows that state a value: the operation, the value in words, the bar's length. */
const comparedRows = (page) =>
  page.locator('main section.comparison table tbody tr').evaluateAll((rows) =>
    rows
      .map((row) => [
        row.querySelector('th').textContent.trim(),
        row.querySelector('td .value').textContent,
        row.querySelector('td svg rect').getAttribute('width'),
      ])
      .filter(([, value]) => value !== 'not stated'),
  );

test('the timeline compares operations by one kind of seizure in one unit, and a reload keeps the choice', async () => {
  await withPage(async (page) => {
    // The seeds state no operation's own seizure: the chart offers the figures alone, and an
    // address asking for a seizure is told it was not read.
    await open(page, '#/timeline?figure=seized:drugs:kg');
    assert.equal(await page.locator('main section.comparison optgroup').count(), 0);
    assert.equal(await page.locator('main section.comparison option').count(), 4);
    assert.equal(
      await page.locator('main p.notice').textContent(),
      'Ignored in the address: figure=seized:drugs:kg; comparing arrests.',
    );

    await open(page, '#/timeline', corpusServer);
    const select = page.locator('main section.comparison select');
    const seized = await select.locator('optgroup[label=Seized] option').allTextContents();
    // Kilograms and tonnes are two choices, never added together.
    for (const label of ['drugs seized (kg)', 'drugs seized (tonnes)', 'firearms seized (number)', 'cash seized (EUR)']) {
      assert.ok(seized.includes(label), `${label} in ${JSON.stringify(seized)}`);
    }
    await select.selectOption({ label: 'drugs seized (kg)' });
    await hashHas(page, 'figure=seized:drugs:kg');
    const sees = async (when) => {
      assert.equal(await select.inputValue(), 'seized:drugs:kg', when);
      assert.equal(
        await page.locator('main section.comparison caption').textContent(),
        'drugs seized (kg) per operation, as stated in its releases',
        when,
      );
      // In time order, each bar a share of the largest, Alcaraván's 6,240.
      assert.deepEqual(
        await comparedRows(page),
        [
          // Release 89: "• 864 kilograms of cocaine" (its 3.1 tonnes of cannabis are in tonnes).
          ['Operation Tidelock 2.0', '864 kilograms of cocaine', '13.8'],
          // Release 80: "– 318 kilos of cocaine,".
          ['Hellenic Police coordinated raid, June 2024', '318 kilos of cocaine', '5.1'],
          // Release 77: "• 780 kg of cannabis resin;".
          ['Europol joint action days against drug and firearms trafficking, October 2024', '780 kg of cannabis resin', '12.5'],
          // Release 108: "- 6,240 kilos of hashish".
          ['Operation Alcaraván', '6,240 kilos of hashish', '100.0'],
          // Release 84: "Cocaine seized: 9.8 kg", "Heroin seized: 4.1 kg".
          ['NCLCC week of action against county lines drug dealing, March 2025', '13.9 in all: 9.8 kg of Cocaine, 4.1 kg of Heroin', '0.2'],
        ],
        when,
      );
    };
    await sees('chosen');
    await page.reload();
    await waitForReady(page);
    await sees('after a reload');
  });
});

test("on a phone, a comparison's long values wrap inside the screen", async () => {
  await withCleanPage(shared.browser, { viewport: { width: 390, height: 844 } }, async (page) => {
    // Aguaviva II's "133.2 in all: 96.2 tonnes of cocaine, 37 tonnes of marijuana" (release 110)
    // is the longest; none of the values may reach past the screen's right edge.
    await open(page, '#/timeline?figure=seized:drugs:tonnes', corpusServer);
    const values = await page.locator('main section.comparison td .value').evaluateAll((spans) =>
      spans.map((span) => [span.textContent, span.getBoundingClientRect().right]),
    );
    assert.ok(values.some(([text]) => text.startsWith('133.2 in all: ')), JSON.stringify(values.slice(0, 3)));
    const past = values.filter(([, right]) => right > 390);
    assert.deepEqual(past, [], 'values past the right edge');
  });
});
