// Sentences of several facts, split into their clauses. The sentences are about other subjects than
// the shipped corpus's, so that the rules are seen to hold for prose in general.
import { describe, expect, it } from 'vitest';
import { clausesOf } from '../../server/src/domain/claims/clauses';
import { language } from '../helpers/language';

const { tagger } = language();

/** Each clause's own text, with what it borrows after a bar. */
function split(text: string): string[] {
	return clausesOf(text, tagger.tag(text)).map((c) => {
		const own = text.slice(c.span.start, c.span.end);
		return c.shared.length > 0 ? `${own} | ${c.shared.map((s) => text.slice(s.start, s.end)).join(' + ')}` : own;
	});
}

/** The first clause's subject, as text. */
function subject(text: string): string | undefined {
	const [clause] = clausesOf(text, tagger.tag(text));
	return clause?.subject ? text.slice(clause.subject.start, clause.subject.end) : undefined;
}

describe('clauses', () => {
	it('splits off a relative clause in "whose" with a verb of its own ("…, whose cranes still load …")', () => {
		expect(split('Some 300 dockers are officially reported at the northern terminal in Arden, whose cranes still load coal for the Varna plant.')).toEqual([
			'Some 300 dockers are officially reported at the northern terminal in Arden',
			'whose cranes still load coal for the Varna plant.',
		]);
	});

	it('splits at ", and" where the next subject is described between commas by a participle or a relative clause', () => {
		expect(split('The pier was a ruin by 1930, and the new mayor, elected in May 1931, has yet to rebuild it.')).toEqual([
			'The pier was a ruin by 1930',
			'and the new mayor, elected in May 1931',
			'has yet to rebuild it. | the new mayor',
		]);
		expect(
			split('Lisle won its own harbour board after the strike of 1911, and Arden, which had never taxed the ferries before 1920, then pressed hard for tolls.'),
		).toEqual([
			'Lisle won its own harbour board after the strike of 1911',
			'and Arden, which had never taxed the ferries before 1920',
			'then pressed hard for tolls. | Arden',
		]);
	});

	it('does not split a list of names before an infinitive ("time for Arden, Lisle and Varna to leave")', () => {
		expect(split('The harbour analyst Anna Berg argued that it was time for Arden, Lisle and Varna to leave the league.')).toEqual([
			'The harbour analyst Anna Berg argued that it was time for Arden, Lisle and Varna to leave the league.',
		]);
	});

	it('splits clauses joined by "and" where the second has a subject of its own with a currency figure in it', () => {
		expect(
			split('Arden raised its 2012 harbour budget to €1.8 million in March 2012, and its 2014 budget of €2.3 million is projected to reach 3% of revenue.'),
		).toEqual([
			'Arden raised its 2012 harbour budget to €1.8 million in March 2012',
			'and its 2014 budget of €2.3 million is projected to reach 3% of revenue.',
		]);
	});

	it('keeps places named after a dated act with it ("ended on 9 June, in Arden and in other ports of Varna")', () => {
		expect(split('The regatta began on 4 June 2011 and ended on 9 June, in Arden, in Lisle and in other ports of the Varna coast.')).toEqual([
			'The regatta began on 4 June 2011',
			'and ended on 9 June, in Arden, in Lisle and in other ports of the Varna coast. | The regatta',
		]);
	});

	it('reads a leading time phrase without its comma as part of the clause, so a later time clause is split off', () => {
		expect(split('From 4 June the two clubs raced around the island, the coast and the bay, before the regatta ended on June 9.')).toEqual([
			'From 4 June the two clubs raced around the island, the coast and the bay',
			'before the regatta ended on June 9.',
		]);
		// What the preposition governs may carry a participle of its own: it is no subject's verb.
		expect(split('Under a protocol signed in Arden in May 2006, Lisle and Varna agreed to share the pilots.')).toEqual([
			'Under a protocol signed in Arden in May 2006, Lisle and Varna agreed to share the pilots.',
		]);
	});

	it('splits a clause joined after a participle clause that follows the first ("…, creating …, and in April 1998 the same towns met …")', () => {
		expect(
			split('The mayors met in Varna in 1996, creating what became known as the Lisle Five, and in April 1998 the same towns met in Arden to sign a treaty.'),
		).toEqual([
			'The mayors met in Varna in 1996',
			'creating what became known as the Lisle Five | The mayors',
			'and in April 1998 the same towns met in Arden to sign a treaty.',
		]);
	});

	it('splits off a relative clause after "of which" whose subject is a number in words ("of which about two-fifths was …")', () => {
		expect(split('The city’s aid to the harbour came to 90 million euros, of which about two-fifths was budgeted for dredging.')).toEqual([
			'The city’s aid to the harbour came to 90 million euros',
			'of which about two-fifths was budgeted for dredging.',
		]);
	});

	it('reads a sentence of one fact as one clause', () => {
		expect(split('The company opened a plant in Leipzig in 2004.')).toEqual(['The company opened a plant in Leipzig in 2004.']);
		expect(split('Brazil and Argentina signed the treaty in 1991.')).toEqual(['Brazil and Argentina signed the treaty in 1991.']);
	});

	it('keeps nouns joined by "and" together, and a participle after a name with its clause', () => {
		expect(split('The minister warned that inflation and unemployment could become a greater danger than the deficit.')).toEqual([
			'The minister warned that inflation and unemployment could become a greater danger than the deficit.',
		]);
		expect(split('The ministry declared in May 2011 that scientific and technical cooperation with Japan was a priority.')).toEqual([
			'The ministry declared in May 2011 that scientific and technical cooperation with Japan was a priority.',
		]);
		expect(split("Following the council's lead, Lyon, Nantes and Lille have also left the association.")).toEqual([
			"Following the council's lead, Lyon, Nantes and Lille have also left the association.",
		]);
		expect(split('The treaty of 1995 was signed by Jacques Chirac and Helmut Kohl following long talks.')).toEqual([
			'The treaty of 1995 was signed by Jacques Chirac and Helmut Kohl following long talks.',
		]);
	});

	it('splits after "and" a clause whose subject has a name set beside it, and reads the name with its subject', () => {
		const text = 'The founder left the firm in May 2004, and his successor, Anna Berg, has expanded it into Poland.';
		const clauses = clausesOf(text, tagger.tag(text));
		expect(clauses.map((c) => text.slice(c.span.start, c.span.end))).toEqual([
			'The founder left the firm in May 2004',
			'and his successor, Anna Berg, has expanded it into Poland.',
		]);
		const second = clauses[1]!.subject!;
		expect(text.slice(second.start, second.end)).toBe('his successor, Anna Berg');
	});

	it('reads a name set beside the subject with it, though the tagger takes a word of it for a noun ("Halden Cup 2009")', () => {
		expect(split('The first joint sailing race, Halden Cup 2009, started on 19 August 2009, and ended on 29 August.')).toEqual([
			'The first joint sailing race, Halden Cup 2009, started on 19 August 2009',
			'and ended on 29 August. | The first joint sailing race, Halden Cup 2009',
		]);
	});

	it('splits after "and" a clause behind a leading phrase with no comma, where a pronoun opens its subject', () => {
		expect(split('The mayor did not sell the harbour, and on the question of the bridge his council voted against it in 2021.')).toEqual([
			'The mayor did not sell the harbour',
			'and on the question of the bridge his council voted against it in 2021.',
		]);
		expect(split('The council objected to the toll and to the bridge.')).toEqual(['The council objected to the toll and to the bridge.']);
	});

	it('reads a verb inside a hyphenated compound as a modifier, not a clause', () => {
		expect(split('The two German-built bridges at Ahlen and Werne were opened in May 1994.')).toEqual([
			'The two German-built bridges at Ahlen and Werne were opened in May 1994.',
		]);
	});

	it('reads a phrase that leads the sentence as its scene, unless it has a date of its own', () => {
		const scene = (text: string) => (clausesOf(text, tagger.tag(text))[0]!.context ?? []).map((s) => text.slice(s.start, s.end));
		expect(scene('Following years of refusing to take part, the club has told the league that it is leaving.')).toEqual([
			'Following years of refusing to take part',
		]);
		expect(scene('Despite refusing to sign in 1999, the club joined the league in 2006.')).toEqual([]);
		expect(scene('Although the club refused to sign, it joined the league in 2006.')).toEqual([]);
	});

	it('ends the subject at the first verb, not at a verb inside the object', () => {
		expect(subject('The merger has given the airline most of what a takeover would bring.')).toBe('The merger');
		expect(subject('The report says that the city treats its suburbs much as it treats its rivals.')).toBe('The report');
	});

	it('reads a participle that describes the subject as part of it, up to the verb after its phrases', () => {
		expect(subject('The votes cast in Lyon in 2019 tell a different story.')).toBe('The votes cast in Lyon in 2019');
		expect(subject('The treaty signed in Geneva binds both parties.')).toBe('The treaty signed in Geneva');
		// A new noun phrase that no preposition opens starts a clause of the object's.
		expect(subject('The troops fought in the war the rebels started.')).toBe('The troops');
	});

	it('splits a relative clause that has a date of its own, reading it with its noun', () => {
		expect(split('The mayor spoke at a March 3 briefing, ahead of a regional summit that brought ministers to Lyon on March 9 and 10.')).toEqual([
			'The mayor spoke at a March 3 briefing, ahead of a regional summit',
			'that brought ministers to Lyon on March 9 and 10. | a regional summit',
		]);
		expect(split('The treaty that was signed in 1991 entered into force in 1994.')).toEqual(['The treaty that was signed in 1991 entered into force in 1994.']);
	});

	it('splits a phrase that adds a figure to the clause before, read with that clause', () => {
		expect(split('The mayor won a second term in November, two years early, with 64% of the vote.')).toEqual([
			'The mayor won a second term in November, two years early',
			'with 64% of the vote. | The mayor won a second term in November, two years early',
		]);
		expect(split('The mayor won a second term in November, with the backing of the unions.')).toEqual([
			'The mayor won a second term in November, with the backing of the unions.',
		]);
		expect(split('About 8,000 local runners took part, along with some 2,000 visitors.')).toEqual([
			'About 8,000 local runners took part',
			'along with some 2,000 visitors. | About 8,000 local runners took part',
		]);
	});

	it('splits off what a participle of saying reports, read with the subject', () => {
		expect(split('The mayor rejected the plan on May 6, stating that a new bridge was not on the council agenda.')).toEqual([
			'The mayor rejected the plan on May 6',
			'stating that a new bridge was not on the council agenda. | The mayor',
		]);
		expect(split('The mayor rejected the plan on May 6, citing the cost.')).toEqual(['The mayor rejected the plan on May 6, citing the cost.']);
	});

	it('splits a closing phrase that ranks or measures the event with a date or figure of its own, not one that describes a noun', () => {
		expect(split('The two clubs played a friendly in Porto in August, the first such match since May 1998.')).toEqual([
			'The two clubs played a friendly in Porto in August',
			'the first such match since May 1998. | The two clubs played a friendly in Porto in August',
		]);
		expect(split('In 1911 the expedition set up camp near Framheim, some 60 km from the shelf edge.')).toEqual([
			'In 1911 the expedition set up camp near Framheim',
			'some 60 km from the shelf edge. | In 1911 the expedition set up camp near Framheim',
		]);
		expect(split('The lease let as many as 900 workers use the yard, a Victorian dock some 3 miles from the city.')).toEqual([
			'The lease let as many as 900 workers use the yard, a Victorian dock some 3 miles from the city.',
		]);
	});

	it('splits a dated time clause that leads a joined clause, as one that leads the sentence', () => {
		expect(split('The council had praised the design, and after the mayor met the engineers in May 1951, the city approved the bridge.')).toEqual([
			'The council had praised the design',
			'and after the mayor met the engineers in May 1951',
			'the city approved the bridge.',
		]);
	});

	it('reads a closing "with" phrase of no date, figure or verb as the background of the clause', () => {
		const text = 'The two mayors met in Porto on May 4, 1951, with the coming rail strike high on the agenda.';
		const [clause] = clausesOf(text, tagger.tag(text));
		expect(clause!.context?.map((s) => text.slice(s.start, s.end))).toEqual(['with the coming rail strike high on the agenda']);
		const figure = 'The mayor won a second term in November, with 64% of the vote.';
		// With a figure of its own it is a fact of its own, not background.
		const contexts = clausesOf(figure, tagger.tag(figure)).flatMap((c) => (c.context ?? []).map((s) => figure.slice(s.start, s.end)));
		expect(contexts.some((c) => c.startsWith('with'))).toBe(false);
	});

	it('splits a leading clause of time that states a dated fact of its own', () => {
		expect(split('When the mayor opened the bridge on May 4, 2010, the council thanked the engineers.')).toEqual([
			'When the mayor opened the bridge on May 4, 2010',
			'the council thanked the engineers.',
		]);
		expect(split('When the mayor opened the bridge, the council thanked the engineers in May 2010.')).toEqual([
			'When the mayor opened the bridge, the council thanked the engineers in May 2010.',
		]);
	});

	it('splits a time told with a subject of its own after a comma', () => {
		expect(split('The council opened the bridge in May 2010, before the ferry stopped running in June.')).toEqual([
			'The council opened the bridge in May 2010',
			'before the ferry stopped running in June.',
		]);
		expect(split('The council opened the bridge before the ferry stopped running.')).toEqual([
			'The council opened the bridge before the ferry stopped running.',
		]);
	});

	it('splits a long relative clause after a dated clause: what it adds is another statement', () => {
		expect(split('The mayors met in Lyon on May 4, 2013, for talks that marked a real warming of relations between the neighbouring cities.')).toEqual([
			'The mayors met in Lyon on May 4, 2013, for talks',
			'that marked a real warming of relations between the neighbouring cities. | talks',
		]);
	});

	it('splits "only to", borrowing the subject', () => {
		expect(split('The company opened a plant in Leipzig in 2004, only to close it again in 2009.')).toEqual([
			'The company opened a plant in Leipzig in 2004',
			'only to close it again in 2009. | The company',
		]);
	});

	it('borrows the subject of the main clause, not of a clause that leads it up to a comma', () => {
		expect(
			split(
				'Rivals had long doubted it, yet after a harbour strike strained its ties with Valdera, Norland turned toward Brisa and rejoined the league in 2006.',
			),
		).toEqual([
			'Rivals had long doubted it',
			'yet after a harbour strike strained its ties with Valdera, Norland turned toward Brisa',
			'and rejoined the league in 2006. | Norland',
		]);
		// A comma that a verb follows goes on with a list: what leads is the main clause.
		expect(split('Under the charter the members undertook to exchange maps, conduct joint patrols and help one another in storms.')).toEqual([
			'Under the charter the members undertook to exchange maps, conduct joint patrols',
			'and help one another in storms. | Under the charter the members',
		]);
	});

	it('splits coordinated clauses with their own subjects, and verbs that share one', () => {
		expect(split('The senate passed the bill in March 2010, and the president signed it in April.')).toEqual([
			'The senate passed the bill in March 2010',
			'and the president signed it in April.',
		]);
		expect(split('Portugal joined the alliance in 1949 but left its command structure in 1966.')).toEqual([
			'Portugal joined the alliance in 1949',
			'but left its command structure in 1966. | Portugal',
		]);
	});

	it('splits a list of what the subject did', () => {
		expect(split('The firm moved to Lyon in 1990, expanded in 1995 and closed in 2001.')).toEqual([
			'The firm moved to Lyon in 1990',
			'expanded in 1995 | The firm',
			'and closed in 2001. | The firm',
		]);
		// After a decade, as after a year; a participle after a noun stays a description of it.
		expect(split('The firm had opened a plant in the 1990s, closed it in 1997 and reopened it in 2006.')).toEqual([
			'The firm had opened a plant in the 1990s',
			'closed it in 1997 | The firm',
			'and reopened it in 2006. | The firm',
		]);
		expect(split('The mayor praised the treaty, signed in 1991 by both cities.')).toEqual(['The mayor praised the treaty, signed in 1991 by both cities.']);
	});

	it('splits a relative clause and an apposition that state facts of their own, read with what they speak of', () => {
		expect(split('The council adopted a new charter in 2010, which allowed votes by a simple majority.')).toEqual([
			'The council adopted a new charter in 2010',
			'which allowed votes by a simple majority. | a new charter',
		]);
		expect(split('The mayor resigned in May 2015, a decision that was announced on television.')).toEqual([
			'The mayor resigned in May 2015',
			'a decision that was announced on television. | The mayor resigned in May 2015 + a decision',
		]);
	});

	it('splits at a semicolon and at a contrast', () => {
		expect(split('The port was rebuilt in 1950; the railway followed a decade later.')).toEqual([
			'The port was rebuilt in 1950',
			'the railway followed a decade later.',
		]);
		expect(split('Exports rose by ten percent while imports fell in the same year.')).toEqual([
			'Exports rose by ten percent',
			'while imports fell in the same year.',
		]);
		// After a clause that opens with "while" too; not after a title's phrase.
		expect(split('The mayor praised the port while the council cut its budget; the governor closed the railway in 1950.')).toEqual([
			'The mayor praised the port',
			'while the council cut its budget',
			'the governor closed the railway in 1950.',
		]);
		expect(split('Staying Afloat: What the 1950 Budget Reveals about the Port')).toEqual(['Staying Afloat: What the 1950 Budget Reveals about the Port']);
		// A colon ends the clause before it, however short.
		expect(split('Trade followed the treaty: the port handled 4,000 ships in 1951.')).toEqual([
			'Trade followed the treaty',
			'the port handled 4,000 ships in 1951.',
		]);
	});

	it('keeps a leading phrase with its clause, and a short remark about the clause before with it', () => {
		expect(split('When they met in 2012, the two ministers agreed on new quotas for the fishing fleet.')).toEqual([
			'When they met in 2012, the two ministers agreed on new quotas for the fishing fleet.',
		]);
		expect(split('Some observers expected the bank to raise its rates, but this did not happen.')).toEqual([
			'Some observers expected the bank to raise its rates, but this did not happen.',
		]);
	});

	it('splits off a noun and a participle after "with" that state a figure of their own', () => {
		const text = 'About a quarter of the grain reaches the coast by river each year, with 85 percent of that amount passing through Kelmouth.';
		const clauses = clausesOf(text, tagger.tag(text));
		expect(clauses.map((c) => text.slice(c.span.start, c.span.end))).toEqual([
			'About a quarter of the grain reaches the coast by river each year',
			'with 85 percent of that amount passing through Kelmouth.',
		]);
		expect(clauses[1]!.context?.map((s) => text.slice(s.start, s.end))).toEqual(['About a quarter of the grain reaches the coast by river each year']);
	});

	it('splits off a remark about the clause before that dates or counts it, read with that clause as its scene', () => {
		const text = 'The other ports agreed to treat the closure as a withdrawal, and this was confirmed at the league meeting in Kelmouth in May 1987.';
		const clauses = clausesOf(text, tagger.tag(text));
		expect(clauses.map((c) => text.slice(c.span.start, c.span.end))).toEqual([
			'The other ports agreed to treat the closure as a withdrawal',
			'and this was confirmed at the league meeting in Kelmouth in May 1987.',
		]);
		expect(clauses[1]!.context?.map((s) => text.slice(s.start, s.end))).toEqual(['The other ports agreed to treat the closure as a withdrawal']);
	});

	it('splits off a reason with a subject of its own, read with the clause it explains, however short that is', () => {
		const text = 'Leaving was not simple, since the union required six months of notice.';
		const clauses = clausesOf(text, tagger.tag(text));
		expect(clauses.map((c) => text.slice(c.span.start, c.span.end))).toEqual(['Leaving was not simple', 'since the union required six months of notice.']);
		expect(clauses[1]!.context?.map((s) => text.slice(s.start, s.end))).toEqual(['Leaving was not simple']);
		expect(split('The port has grown since its creation in 2004.')).toEqual(['The port has grown since its creation in 2004.']);
		// After a clause in the perfect, "since" tells from when its state holds: one fact with it.
		expect(split('Trade with Oslo has grown strongly since the mayor visited Norway in 2005.')).toEqual([
			'Trade with Oslo has grown strongly since the mayor visited Norway in 2005.',
		]);
		expect(split('We’ve traded with Oslo since the mayor visited Norway in 2005.')).toEqual(['We’ve traded with Oslo since the mayor visited Norway in 2005.']);
		expect(split('The port has been busy, since the canal opened in 2005.')).toEqual([
			'The port has been busy',
			'since the canal opened in 2005. | The port has been busy',
		]);
		// Inside a reported clause that has no verb yet, "since" is a preposition of its subject.
		expect(split('The mayor argued that the growth of the port since the merger was drawing new trade, but the council rejected the claim.')).toEqual([
			'The mayor argued that the growth of the port since the merger was drawing new trade',
			'but the council rejected the claim.',
		]);
	});

	it('reads a quotation as one statement, and an aside about the subject as its scene', () => {
		expect(split('The mayor said the “costs of flooding, erosion, and storms could be far worse than any tax.”')).toEqual([
			'The mayor said the “costs of flooding, erosion, and storms could be far worse than any tax.”',
		]);
		const text = 'Ms Vogel, who is on a rare visit to Oslo, said the harbour would reopen.';
		const [clause, ...rest] = clausesOf(text, tagger.tag(text));
		expect(rest).toEqual([]);
		expect(subject(text)).toBe('Ms Vogel');
		expect(clause!.context?.map((s) => text.slice(s.start, s.end))).toEqual(['who is on a rare visit to Oslo']);
	});

	it('goes on with the clause an aside interrupted, and reads a name set beside the subject as the subject', () => {
		expect(split('The Harbour Union, which the council recognised, counted dockers among its members and ran a school for pilots.')).toEqual([
			'The Harbour Union, which the council recognised, counted dockers among its members',
			'and ran a school for pilots. | The Harbour Union',
		]);
		expect(subject('Its leader, Jan Novak, declared a strike in the port.')).toBe('Its leader, Jan Novak');
	});

	it('splits a clause with a subject of its own after a preposition and "which"', () => {
		const text = 'The strike lasted two days, after which the two unions agreed to a truce on 16 September.';
		expect(split(text)).toEqual(['The strike lasted two days', 'after which the two unions agreed to a truce on 16 September.']);
		const second = clausesOf(text, tagger.tag(text))[1]!;
		expect(text.slice(second.subject!.start, second.subject!.end)).toBe('the two unions');
	});

	it('reads an aside before an auxiliary as the subject’s, and as the scene of a clause that borrows the subject', () => {
		const text = 'Anna Kovac, who kept her post after the merger, was reelected in 2000 and again in 2005.';
		const clauses = clausesOf(text, tagger.tag(text));
		expect(subject(text)).toBe('Anna Kovac');
		expect(clauses[1]!.context?.map((s) => text.slice(s.start, s.end))).toEqual(['who kept her post after the merger']);
	});

	it('reads an adverb set off by commas as interrupting the clause, not opening its subject', () => {
		expect(subject('The council’s cautious policy, meanwhile, fell somewhere between the two plans.')).toBe('The council’s cautious policy');
		expect(subject('In 1911, the council approved the plan.')).toBe('the council');
	});

	it('reads a participle set beside the subject as an aside about it, as it reads a relative clause', () => {
		const text = 'The harbour guard, created by the council, numbered 400 officers.';
		expect(split(text)).toEqual([text]);
		expect(subject(text)).toBe('The harbour guard');
		expect(clausesOf(text, tagger.tag(text))[0]!.context?.map((s) => text.slice(s.start, s.end))).toEqual(['created by the council']);
	});

	it('reads a participle beside the subject with a date or figure of its own as a fact of its own, the verb after it borrowing the subject', () => {
		const text = 'The harbour guard, created in 1996, numbered 400 officers.';
		expect(split(text)).toEqual(['The harbour guard, created in 1996', 'numbered 400 officers. | The harbour guard']);
		expect(subject(text)).toBe('The harbour guard');
		// So is a relative clause with a date of its own; one without stays an aside.
		expect(split('The strike, which had begun in May 1992, was ended by an agreement signed in Oslo on 27 June 1996.')).toEqual([
			'The strike, which had begun in May 1992',
			'was ended by an agreement signed in Oslo on 27 June 1996. | The strike',
		]);
		expect(split('The strike, which had begun at the docks, was ended by an agreement signed in Oslo in 1996.')).toEqual([
			'The strike, which had begun at the docks, was ended by an agreement signed in Oslo in 1996.',
		]);
	});

	it('reads a very long run of words as one clause', () => {
		const text = `${'The council met and the mayor spoke. '.repeat(40)}`.replace(/\. /g, ', ');
		expect(clausesOf(text, tagger.tag(text))).toHaveLength(1);
	});
});

describe('clauses after a leading time phrase', () => {
	it('split a sentence that opens with a date and no comma, its subject past the date', () => {
		const text = 'In March 2011 the city council voted to sell the harbour, but a final contract was signed on 4 May.';
		expect(split(text)).toEqual(['In March 2011 the city council voted to sell the harbour', 'but a final contract was signed on 4 May.']);
		expect(subject(text)).toBe('the city council');
	});

	it('keep a verb after "and" with its clause, not as the verb of the nouns before it', () => {
		const text = 'For years the mayor has backed harbour repairs and new schools in the north and has strongly supported the new ferry line.';
		expect(split(text)).toEqual([
			'For years the mayor has backed harbour repairs and new schools in the north',
			'and has strongly supported the new ferry line. | For years the mayor',
		]);
	});

	it('reads a gloss in brackets after a noun ("the Harbour Authority (HA)") as part of its noun phrase, not a mark between clauses', () => {
		expect(split('The guild had planned its office for Lisle, but the Varna Harbour Authority (VHA) was based in Arden until 2020.')).toEqual([
			'The guild had planned its office for Lisle',
			'but the Varna Harbour Authority (VHA) was based in Arden until 2020.',
		]);
		expect(split('The Varna Pilot Service (VPS), created in 2009, numbered 200 pilots.')).toEqual([
			'The Varna Pilot Service (VPS), created in 2009',
			'numbered 200 pilots. | The Varna Pilot Service (VPS)',
		]);
	});

	it('reads a relative pronoun after a name as opening a clause that describes it, not as a subject of its own', () => {
		expect(split('The fleet was a joint force of the towns of Arden and Lisle (the Varna League) that formally sailed on 14 June 2011.')).toHaveLength(1);
	});

	it('reads a long subject after a leading time phrase as the clause’s own ("and on 29 July the heads of … agreed")', () => {
		expect(
			split(
				'The two guilds voted together on 18 May 2002, and on 29 July the masters and wardens of the harbour’s 30 member guilds unanimously agreed to merge.',
			),
		).toEqual([
			'The two guilds voted together on 18 May 2002',
			'and on 29 July the masters and wardens of the harbour’s 30 member guilds unanimously agreed to merge.',
		]);
	});

	it('keeps two modifiers of one noun together ("into post-war fiscal and naval leagues run by Kelmouth"), but splits after an adjective that ends its clause', () => {
		expect(split('The mayor resisted efforts to draw Port Arden into post-war fiscal and naval leagues run by Kelmouth.')).toEqual([
			'The mayor resisted efforts to draw Port Arden into post-war fiscal and naval leagues run by Kelmouth.',
		]);
		expect(split('The talks in Kelmouth were cordial and the two mayors signed a ferry accord in 1931.')).toEqual([
			'The talks in Kelmouth were cordial',
			'and the two mayors signed a ferry accord in 1931.',
		]);
	});
});
