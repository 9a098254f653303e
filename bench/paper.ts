// Generates papers in Markdown about Uzbekistan's security policy from sentence patterns written
// for the shipped corpus: claims its sources support (cited, uncited, cited to the wrong source or
// page), the same events with a wrong date or figure or turned around, claims no source makes,
// citations of unknown keys, and prose that is no claim (signposting, opinion, questions).
import { countWords, Random } from './random';

/** An event a source of the shipped corpus tells; `{d:…}` marks a date, `{n:…}` a figure. */
interface Fact {
	key: string;
	page?: string;
	says: string[];
	/** The same event said the other way round. */
	denies?: string[];
}

const FACTS: Fact[] = [
	{
		key: 'weitz2014',
		page: '146',
		says: [
			'The government in Tashkent largely kept aside while the Moscow-backed CSTO was formed in {d:2002} and 2003',
			'Uzbekistan stood aside during the formation of the CSTO in {d:2002} and 2003',
		],
	},
	{
		key: 'weitz2014',
		page: '146',
		says: [
			'The {n:20,000}-strong CSTO Collective Rapid Reaction Force was created in {d:2009}',
			'In {d:2009} the CSTO set up a Collective Rapid Reaction Force {n:20,000} strong',
		],
	},
	{
		key: 'weitz2014',
		page: '146',
		says: [
			'The {d:2010} amendments to the CSTO charter allowed military action on a majority vote instead of a consensus of the members',
			'Under the {d:2010} amendments to its charter, the CSTO could take military action by majority vote rather than by consensus',
		],
	},
	{
		key: 'weitz2014',
		page: '146',
		says: ['Uzbekistan suspended its CSTO membership in {d:June 2012}', 'In {d:June 2012} Uzbekistan suspended its membership of the CSTO'],
		denies: ['Uzbekistan did not suspend its CSTO membership in {d:June 2012}'],
	},
	{
		key: 'weitz2014',
		page: '146',
		says: [
			'Uzbekistan took part in the 65th meeting of the CIS defense ministries in Kaliningrad',
			'Uzbekistan participated in the 65th meeting of CIS defense ministries, held in Kaliningrad',
		],
	},
	{
		key: 'weitz2014',
		page: '147',
		says: [
			'Right after suspending its CSTO membership, Uzbekistan reaffirmed its commitment to joint air defense with the CIS',
			'Uzbekistan reaffirmed its commitment to joint air defense with the CIS immediately after the suspension of its CSTO membership',
		],
	},
	{
		key: 'weitz2014',
		page: '147',
		says: [
			'Tashkent has hosted the Regional Anti-Terror Structure of the SCO since its creation in {d:June 2004}',
			'Since its creation in {d:June 2004}, the SCO Regional Anti-Terror Structure has been hosted by Tashkent',
		],
	},
	{
		key: 'weitz2014',
		page: '147',
		says: [
			'In {d:June 2012} Putin and Karimov signed a declaration on deepening the strategic partnership between Russia and Uzbekistan',
			'Karimov and Putin signed a declaration on deepening the Russia-Uzbekistan strategic partnership in {d:June 2012}',
		],
	},
	{
		key: 'weitz2014',
		page: '147',
		says: [
			'From 2011 to 2012 the commodity turnover between Russia and Uzbekistan increased by {n:12.6 percent}',
			'Commodity turnover between Russia and Uzbekistan grew by {n:12.6 percent} from 2011 to 2012',
		],
	},
	{
		key: 'weitz2014',
		page: '147',
		says: [
			'On {d:December 13, 2013} Tashkent ratified a free trade agreement with the CIS',
			'Tashkent ratified the CIS free trade agreement on {d:December 13, 2013}',
		],
		denies: ['Tashkent refused to ratify the free trade agreement with the CIS on {d:December 13, 2013}'],
	},
	{
		key: 'weitz2014',
		page: '147',
		says: [
			'In {d:July 2013} {n:two} Uzbekistani servicemen died in an armed incident on the border',
			'{n:Two} Uzbekistani servicemen died in an armed incident on the border in {d:July 2013}',
		],
	},
	{
		key: 'weitz2014',
		page: '147',
		says: [
			'In {d:December 2013} the parliament of Uzbekistan ratified a strategic partnership agreement with Astana',
			'The Uzbek parliament ratified an important strategic partnership agreement with Astana in {d:December 2013}',
		],
	},
	{
		key: 'weitz2014',
		page: '147',
		says: ['In {d:November 2013} Uzbekistan affirmed that military and technical cooperation with Russia was a priority in the security sphere'],
	},
	{
		key: 'weitz2014',
		page: '147',
		says: [
			'Ties between Uzbekistan and China have developed strongly since Karimov visited the country in {d:2005}',
			'Karimov visited China in {d:2005}, and ties between the two countries have developed strongly since',
		],
	},
	{
		key: 'weitz2014',
		page: '148',
		says: [
			'Karimov has for years supported UN-led reconciliation and reconstruction initiatives in Afghanistan',
			'For years Karimov backed UN-led reconciliation and reconstruction initiatives for Afghanistan',
		],
	},
	{
		key: 'edm2013',
		says: [
			"Uzbekistan's exit from the CSTO was formalized during the organization's {d:December 2012} summit in Moscow",
			"The CSTO's {d:December 2012} summit in Moscow formalized the exit of Uzbekistan",
		],
	},
	{
		key: 'edm2013',
		says: ['Karimov met Putin in Moscow on {d:April 15, 2013}', 'On {d:April 15, 2013} Islam Karimov met Vladimir Putin in Moscow'],
	},
	{
		key: 'edm2013',
		says: [
			"Karimov praised Russia's presence in the region as a key factor in strengthening peace and stability",
			"Karimov called Russia's presence in the region a key factor in strengthening peace and stability",
		],
	},
	{
		key: 'edm2013',
		says: ['The Kremlin expects guarantees that no foreign bases will appear in Uzbekistan after 2014'],
	},
	{
		key: 'ramani2017',
		says: [
			'On {d:July 3, 2017} a spokesman for the central military district of Russia announced joint military exercises with Uzbekistan',
			'Colonel Yaroslav Roshchupkin announced on {d:July 3, 2017} that Russia would hold joint military exercises with Uzbekistan',
		],
	},
	{
		key: 'ramani2017',
		says: [
			'The joint drills of Russia and Uzbekistan were to take place at the Forish training facility',
			"Russia and Uzbekistan planned their joint drills at Uzbekistan's Forish training facility",
		],
	},
	{
		key: 'ramani2017',
		says: ['Uzbekistan had not held joint military exercises with Russia since {d:September 2005}'],
	},
	{
		key: 'ramani2017',
		says: ['Islam Karimov died in {d:September 2016}', 'Karimov died in {d:September 2016}'],
	},
	{
		key: 'ramani2017',
		says: [
			'In {d:February 2006} Nikolai Bordyusha, the Secretary General of the CSTO, denied that Uzbekistan was planning to rejoin the organization',
			'CSTO Secretary General Nikolai Bordyusha flatly denied in {d:February 2006} that Uzbekistan planned to rejoin the CSTO',
		],
	},
	{
		key: 'ramani2017',
		says: ['Uzbekistan rejoined the CSTO from {d:2006}-2012', 'Uzbekistan was back in the CSTO from {d:2006} to 2012'],
	},
	{
		key: 'ramani2017',
		says: [
			'The Uzbek Defense Ministry planned to double its number of military collaborations with Russia to {n:36} in 2017',
			'Uzbekistan planned to double its military collaborations with Russia to {n:36} in 2017',
		],
	},
	{
		key: 'ramani2017',
		says: [
			'On {d:April 19}, 2017, Uzbekistan participated in a Russian-led counterterrorism staff exercise in Tajikistan',
			'Uzbekistan took part in a Russian-led counterterrorism staff exercise in Tajikistan on {d:April 19}, 2017',
		],
	},
	{
		key: 'ramani2017',
		says: ["In {d:December 2016} Russian Defense Minister Sergei Shoigu praised Mirziyoyev's willingness to cooperate with Russia against terrorism"],
	},
	{
		key: 'ramani2017',
		says: [
			"In {d:April 2016} Karimov endorsed Russia's participation in peace negotiations in Afghanistan",
			"Karimov endorsed Russia's role in peace negotiations in Afghanistan in {d:April 2016}",
		],
	},
	{
		key: 'edm2006',
		says: ["Karimov's state visit to Kazakhstan ended on {d:September 6, 2006}", 'The state visit of Karimov to Kazakhstan ended on {d:September 6, 2006}'],
	},
	{
		key: 'edm2006',
		says: [
			'On {d:September 6, 2006} the Chinese Ministry of Public Security and the Uzbek Ministry of Internal Affairs signed a protocol of cooperation in Beijing',
			'The Uzbek interior ministry and the Chinese Ministry of Public Security signed a protocol of cooperation in Beijing on {d:September 6, 2006}',
		],
	},
	{
		key: 'edm2006',
		says: ['An informal summit of the leaders of Uzbekistan, Kazakhstan, Kyrgyzstan and Tajikistan was held in Astana on {d:September 2, 2006}'],
	},
	{
		key: 'edm2006',
		says: [
			"Nazarbayev highlighted plans for joint staff maneuvers of both countries' armed forces",
			"Nazarbayev spoke of plans to conduct joint staff maneuvers involving both countries' armed forces",
		],
	},
	{
		key: 'altynbayev2021',
		says: [
			'Presidential spokesman Sherzod Asadov said at a briefing on {d:July 12, 2021} that Uzbekistan is not reviewing the question of rejoining the CSTO',
			'At a {d:July 12, 2021} briefing, Sherzod Asadov made clear that Uzbekistan is not reviewing the question of rejoining the CSTO',
		],
	},
	{
		key: 'altynbayev2021',
		says: ['A high-level international conference brought US and regional officials to Tashkent on {d:July 15}-16, 2021'],
	},
	{
		key: 'altynbayev2021',
		says: ['Uzbekistan withdrew from the CSTO in {d:1999}', 'Uzbekistan left the CSTO in {d:1999} and returned in 2006'],
		denies: ['Uzbekistan did not withdraw from the CSTO in {d:1999}'],
	},
	{
		key: 'altynbayev2021',
		says: ['The CSTO includes {n:six} former Soviet republics', 'The Russian-led CSTO is a military bloc of {n:six} former Soviet republics'],
	},
	{
		key: 'altynbayev2021',
		says: ['Farhad Tolipov is director of the Tashkent-based research institute Caravan of Knowledge'],
	},
];

/** Claims no source of the corpus makes. */
const UNSUPPORTED = [
	'Uzbekistan opened a naval base on the Caspian Sea in 2008',
	'Tashkent signed a gas pipeline agreement with Turkmenistan in 2010',
	'The SCO moved its secretariat from Beijing to Samarkand in 2019',
	'Kazakhstan hosted a CSTO exercise with 3,000 troops in 2014',
	'Uzbekistan bought twelve fighter jets from France in 2018',
	'Mirziyoyev visited Tokyo to sign a nuclear energy agreement in 2019',
	'The European Union lifted its arms embargo on Uzbekistan in 2011',
	'Tajikistan and Uzbekistan built a joint hydroelectric dam on the Zarafshan in 2015',
	'Uzbekistan sent a peacekeeping battalion to Lebanon in 2020',
	'Turkmenistan joined the CSTO as an observer in 2016',
	'India opened an air base near Termez in 2012',
	'The Uzbek army was cut to 25,000 soldiers in 2007',
	'Uzbekistan held a referendum on neutrality in 2013',
	'Kyrgyzstan closed its border with Uzbekistan for three years in 2010',
	'Karimov addressed the NATO summit in Chicago in 2012',
	'Uzbekistan hosted the Asian Games in 2009',
];

const UNKNOWN_KEYS = ['smith2019', 'karimova2015', 'petrov2011', 'hanks2020'];

/** Sentences that are not claims: signposting, opinion, questions, prose without anyone or any date in it. */
const SIGNPOSTS = [
	'This section turns to the years after {topic}',
	'In what follows, the argument moves from {topic} to its consequences',
	'The next section examines {topic} in more detail',
	'As noted above, {topic} shaped much of what came after',
	'We now turn to {topic}',
	'In this section I look at {topic} from the other side',
];
const OPINIONS = [
	'In my view, {topic} was less a break than a continuation',
	'I argue that {topic} mattered more than is usually assumed',
	'Arguably, {topic} reflected caution more than ambition',
	'It is worth stressing how much {topic} depended on personal diplomacy',
	'It remains to be seen whether {topic} will last',
];
const QUESTIONS = ['Why did {topic} take the shape it did?', 'What, then, explains {topic}?', 'How durable is {topic}?'];
const PLAIN = [
	'The literature on these questions remains divided',
	'Observers have read these steps in very different ways',
	'The evidence on this point is thin and often indirect',
	'Much of the debate turns on how one weighs words against deeds',
	'Such shifts rarely follow a straight line',
	'Those choices were seldom explained in public',
];
const TOPICS = [
	'the suspension of CSTO membership',
	'the balancing between Moscow and Washington',
	'the rapprochement with Kazakhstan',
	'the security partnership with Russia',
	'the turn towards bilateral agreements',
	'the change of leadership in Tashkent',
	'cooperation within the SCO',
	'the approach to Afghanistan',
];

/** Lead-ins that change a sentence's wording but not what it claims. */
const LEAD_INS = [
	'',
	'',
	'',
	'',
	'However, ',
	'Still, ',
	'Eventually, ',
	'Later, ',
	'Thus, ',
	'Reportedly, ',
	'Even so, ',
	'Officially, ',
	'At the same time, ',
	'In fact, ',
	'Indeed, ',
	'Notably, ',
	'Meanwhile, ',
	'Then, ',
	'Soon after, ',
	'By contrast, ',
	'Similarly, ',
	'Moreover, ',
	'In addition, ',
	'In turn, ',
	'Once again, ',
	'As expected, ',
	'Tellingly, ',
	'Accordingly, ',
	'Nevertheless, ',
	'Nonetheless, ',
	'Likewise, ',
	'Equally, ',
	'Yet, ',
];

const HEADINGS = [
	'Leaving the CSTO',
	'Partners and neighbours',
	'After Karimov',
	'The Russian connection',
	'China and the SCO',
	'Kazakhstan and the region',
	'Afghanistan and the border',
	'Trade and security',
	'Bilateral routes',
	'Institutions and their limits',
];

export type SentenceKind =
	'supported' | 'uncited' | 'wrong-date' | 'wrong-number' | 'contradicted' | 'wrong-source' | 'wrong-page' | 'unsupported' | 'unknown-key' | 'non-claim';

const MIX: Record<SentenceKind, number> = {
	supported: 26,
	uncited: 10,
	'wrong-date': 11,
	'wrong-number': 4,
	contradicted: 3,
	'wrong-source': 5,
	'wrong-page': 2,
	unsupported: 10,
	'unknown-key': 2,
	'non-claim': 27,
};

export interface GeneratedSentence {
	kind: SentenceKind;
	/** The sentence as written, with its citation. */
	text: string;
	/** Offset of the sentence in the document. */
	start: number;
}

export interface GeneratedPaper {
	text: string;
	words: number;
	sentences: GeneratedSentence[];
}

const KEYS = [...new Set(FACTS.map((f) => f.key))];

function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Writes the markers out: every date and figure as the source has it. */
function plain(pattern: string): string {
	return pattern.replace(/\{[dn]:([^}]*)\}/g, '$1');
}

/** Moves the year of one date marker by one to three years. */
function wrongDate(pattern: string, random: Random): string | undefined {
	const markers = [...pattern.matchAll(/\{d:([^}]*)\}/g)];
	if (markers.length === 0) return undefined;
	const marker = random.pick(markers);
	const text = marker[1]!;
	const year = /\d{4}/.exec(text);
	let changed: string;
	if (year) changed = text.replace(year[0], String(Number(year[0]) + random.pick([-3, -2, -1, 1, 2, 3])));
	else {
		// A day without a year ("April 19"): another day of the month.
		const day = /\d+/.exec(text);
		if (!day) return undefined;
		changed = text.replace(day[0], String(((Number(day[0]) + random.int(2, 9)) % 28) + 1));
	}
	return plain(pattern.slice(0, marker.index) + changed + pattern.slice(marker.index + marker[0].length));
}

const NUMBER_WORDS: Record<string, string[]> = { two: ['three', 'four', 'five'], Two: ['Three', 'Four', 'Five'], six: ['seven', 'eight', 'nine'] };

/** Changes one figure. */
function wrongNumber(pattern: string, random: Random): string | undefined {
	const markers = [...pattern.matchAll(/\{n:([^}]*)\}/g)];
	if (markers.length === 0) return undefined;
	const marker = random.pick(markers);
	const text = marker[1]!;
	const words = NUMBER_WORDS[text];
	let changed: string;
	if (words) changed = random.pick(words);
	else {
		changed = text.replace(/\d[\d,.]*/, (digits) => {
			const value = Number(digits.replace(/,/g, ''));
			const factor = random.pick([0.5, 0.75, 1.25, 1.5, 2]);
			const next = digits.includes('.') ? (value * factor).toFixed(1) : String(Math.round(value * factor));
			return digits.includes(',') ? Number(next).toLocaleString('en-US') : next;
		});
	}
	if (changed === text) return undefined;
	return plain(pattern.slice(0, marker.index) + changed + pattern.slice(marker.index + marker[0].length));
}

function citation(key: string, page: string | undefined, random: Random): string {
	const roll = random.next();
	if (page && roll < 0.6) return ` [@${key}, p. ${page}]`;
	if (roll < 0.85) return ` [@${key}]`;
	return ` [see @${key}${page ? `, p. ${page}` : ''}]`;
}

function leadIn(random: Random): string {
	return random.pick(LEAD_INS);
}

/** Joins a lead-in to a pattern, lower-casing the pattern's first word unless it is a name. */
function withLeadIn(lead: string, body: string): string {
	if (!lead) return capitalise(body);
	const first = /^\S+/.exec(body)?.[0] ?? '';
	const keep = /^(?:[A-Z]{2,}|[A-Z][a-z]+(?:'s)?)$/.test(first) && !/^(?:The|In|On|At|From|Since|Under|For|Right|A|An)$/.test(first);
	return lead + (keep ? body : body.charAt(0).toLowerCase() + body.slice(1));
}

function sentenceOf(kind: SentenceKind, random: Random): string {
	const fact = random.pick(FACTS);
	const pattern = random.pick(fact.says);
	switch (kind) {
		case 'supported':
			return `${withLeadIn(leadIn(random), plain(pattern))}.${citation(fact.key, fact.page, random)}`;
		case 'uncited':
			return `${withLeadIn(leadIn(random), plain(pattern))}.`;
		case 'wrong-date': {
			const dated = FACTS.filter((f) => f.says.some((p) => p.includes('{d:')));
			const f = random.pick(dated);
			const p = random.pick(f.says.filter((s) => s.includes('{d:')));
			const text = wrongDate(p, random) ?? plain(p);
			return `${withLeadIn(leadIn(random), text)}.${random.chance(0.7) ? citation(f.key, f.page, random) : ''}`;
		}
		case 'wrong-number': {
			const counted = FACTS.filter((f) => f.says.some((p) => p.includes('{n:')));
			const f = random.pick(counted);
			const p = random.pick(f.says.filter((s) => s.includes('{n:')));
			const text = wrongNumber(p, random) ?? plain(p);
			return `${withLeadIn(leadIn(random), text)}.${random.chance(0.7) ? citation(f.key, f.page, random) : ''}`;
		}
		case 'contradicted': {
			const f = random.pick(FACTS.filter((x) => x.denies));
			return `${withLeadIn(leadIn(random), plain(random.pick(f.denies!)))}.`;
		}
		case 'wrong-source': {
			const other = random.pick(KEYS.filter((k) => k !== fact.key));
			return `${withLeadIn(leadIn(random), plain(pattern))}. [@${other}]`;
		}
		case 'wrong-page': {
			const paged = FACTS.filter((f) => f.page);
			const f = random.pick(paged);
			const page = String(Number(f.page) + random.pick([-2, 2, 5]));
			return `${withLeadIn(leadIn(random), plain(random.pick(f.says)))}. [@${f.key}, p. ${page}]`;
		}
		case 'unsupported':
			return `${withLeadIn(leadIn(random), random.pick(UNSUPPORTED))}.${random.chance(0.3) ? citation(random.pick(KEYS), undefined, random) : ''}`;
		case 'unknown-key':
			return `${withLeadIn(leadIn(random), plain(pattern))}. [@${random.pick(UNKNOWN_KEYS)}]`;
		case 'non-claim': {
			const topic = random.pick(TOPICS);
			const roll = random.next();
			if (roll < 0.3) return `${random.pick(SIGNPOSTS).replace('{topic}', topic)}.`;
			if (roll < 0.6) return `${random.pick(OPINIONS).replace('{topic}', topic)}.`;
			if (roll < 0.75) return random.pick(QUESTIONS).replace('{topic}', topic);
			return `${random.pick(PLAIN)}.`;
		}
	}
}

/** A paper of about `words` words (never fewer), the same for the same seed. */
export function generatePaper(words: number, seed = 1): GeneratedPaper {
	const random = new Random(seed);
	const sentences: GeneratedSentence[] = [];
	let text = `---\ntitle: "Uzbekistan between the blocs"\nauthor: "A. Writer"\n---\n\n# Uzbekistan between the blocs\n\n`;
	let count = countWords(text);
	let section = 0;
	while (count < words) {
		if (section > 0 || random.chance(0.5)) {
			const heading = `## ${section + 1}. ${HEADINGS[section % HEADINGS.length]}\n\n`;
			text += heading;
			count += countWords(heading);
		}
		section++;
		const paragraphs = random.int(3, 6);
		for (let p = 0; p < paragraphs && count < words; p++) {
			const length = random.int(3, 7);
			const parts: string[] = [];
			for (let s = 0; s < length && count < words; s++) {
				const kind = random.weighted(MIX);
				const sentence = sentenceOf(kind, random);
				const start = text.length + parts.reduce((n, part) => n + part.length + 1, 0);
				sentences.push({ kind, text: sentence, start });
				parts.push(sentence);
				count += countWords(sentence);
			}
			text += `${parts.join(' ')}\n\n`;
		}
	}
	return { text, words: count, sentences };
}
