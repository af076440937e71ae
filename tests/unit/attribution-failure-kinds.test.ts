// The failure kinds issue 13 saw on news the engine was never tuned on, one block each, and the
// cases where the engine must not name anyone. Every passage is written for these tests.
import { describe, expect, it } from 'vitest';
import { type AttributionResult, analyzeParagraphs, analyzeText } from '../../shared/attribution/index';
import { analyzeParagraphLocal } from '../../shared/attribution/local';
import { isPersonNoun } from '../../shared/attribution/lexicon';

function quoteOf(res: AttributionResult, start: string) {
  const q = res.quotes.find((x) => x.text.startsWith(start));
  if (!q) throw new Error(`no quote starting ${JSON.stringify(start)} in ${JSON.stringify(res.quotes.map((x) => x.text))}`);
  return q;
}
const nameOf = (res: AttributionResult, id: string | null | undefined) => (id ? (res.cast.find((c) => c.id === id)?.name ?? null) : null);
/** the speaker the engine names (null when it names no one) */
const speakerOf = (res: AttributionResult, start: string) => nameOf(res, quoteOf(res, start).speakerId);
/** The speaker named for sure, else null (an unsure pick is no speaker). */
const sure = (res: AttributionResult, start: string) => {
  const q = quoteOf(res, start);
  return q.ambiguous ? null : nameOf(res, q.speakerId);
};
/** Each quote's speaker named for sure, else null, in the paragraphs' order. */
const speakers = (paras: string[]) => analyzeParagraphs(paras).quotes.map((q) => (q.ambiguous ? null : q.speakerName));
/** not named, flagged for review, and who it would suggest */
function uncertain(res: AttributionResult, start: string): string | null {
  const q = quoteOf(res, start);
  expect(q.speakerId).toBeNull();
  expect(q.ambiguous).toBe(true);
  for (const s of q.segments) expect(s.speakerId).toBeNull();
  return nameOf(res, q.suggestedSpeakerId);
}

describe('1. the speaker named after a long title or appositive', () => {
  it('after the quote', () => {
    const res = analyzeText(
      '"The border will stay open," the newly appointed envoy of Norland to the southern republics, Ines Varga, told reporters on Friday.',
    );
    expect(speakerOf(res, 'The border')).toBe('Ines Varga');
  });

  it('after an inverted verb, the name set off after the role', () => {
    const res = analyzeParagraphs(["Mr Hale told the committee: 'I have nothing to add.'", "'Nothing at all?' asked the chairman, Dame Ruth Kerr."]);
    expect(speakerOf(res, 'I have nothing')).toBe('Hale');
    expect(speakerOf(res, 'Nothing at all')).toBe('Ruth Kerr');
  });

  it('after the quote, the name set off between the role and the verb', () => {
    const res = analyzeText('"The samples are clean," the project’s director, Dr Ilse Varga of the Oslo Climate Centre, said on Monday.');
    expect(speakerOf(res, 'The samples')).toBe('Ilse Varga');
  });

  it('after an inverted verb, past a name that only modifies the title', () => {
    const res = analyzeText('"We will file on Monday," said Harmon campaign lawyer Teresa Quill in a statement.');
    expect(speakerOf(res, 'We will file')).toBe('Teresa Quill');
  });

  it('a party and state tag is an appositive, and "told" names the listener', () => {
    const res = analyzeText('Rep. Alan Brook, D-Ore., told Channel Nine that the count was "nowhere near done."');
    expect(speakerOf(res, 'nowhere')).toBe('Alan Brook');
  });
});

describe('1b. titles inside appositives, and a name as a quoted sentence of its own', () => {
  it('a quoted title among the appositives does not hide the speaker before them', () => {
    const res = analyzeText('Mara Lind, a judge on the talent show "Star Search," who later ran for office, said the host was "a gentleman to everyone."');
    expect(speakerOf(res, 'a gentleman')).toBe('Mara Lind');
  });

  it('a quoted name standing as a sentence right after a cued quote goes on with the speech', () => {
    const res = analyzeText('"We have one opponent worth worrying about," Pell told the caucus. "Ravi Mehta."');
    expect(speakerOf(res, 'Ravi Mehta')).toBe('Pell');
    // but a title in a sentence of prose is still a title
    const title = analyzeText('"It was a fine season," Pell said. "Night Court" was her favourite.');
    expect(title.quotes.map((q) => q.text)).toEqual(['It was a fine season,']);
  });
});

describe('2. a phrase between the quote and the cue', () => {
  it('a quote inside an opening participle clause of a speech verb is the main subject\'s', () => {
    const res = analyzeParagraphs([
      'Conceding that Halvorsen "knows the port better than anyone," though, Mirela Tosh did argue that the board needs new blood.',
      'Calling the tender "a stitch-up from day one," Councillor Ade Bello walked out.',
    ]);
    expect(speakerOf(res, 'knows the port')).toBe('Mirela Tosh');
    expect(speakerOf(res, 'a stitch-up')).toBe('Ade Bello');
  });

  it('a name before a long appositive after an exclaimed quote, and a capitalised "Tweeted"', () => {
    const res = analyzeText('"Best news all week!" Okonkwo, the founder of a small bakery chain in the valley, Tweeted on Sunday.');
    expect(speakerOf(res, 'Best news')).toBe('Okonkwo');
  });

  it('a second "that" clause hangs on the verb before the first, not on a verb inside it', () => {
    const res = analyzeText('Ilse Marr told the rally that Gus Feld had called her "a tourist" and that "nobody in this valley believes him."');
    expect(speakerOf(res, 'nobody in this valley')).toBe('Ilse Marr');
  });

  it('a weak verb of saying with a "that" clause is a cue', () => {
    const res = analyzeText('Dara Finch, who estimates that the repairs will cost "well over a million," says the county should pay.');
    expect(speakerOf(res, 'well over')).toBe('Dara Finch');
  });

  it('a date between the subject and the verb is not the speaker', () => {
    const res = analyzeParagraphs([
      'Treasurer Colm Reddy in March said the fund was "in rude health."',
      '"We will not raise fees," Reddy on Tuesday said.',
      'Councillor Ines Moor in June said the audit was "long overdue."',
    ]);
    expect(speakerOf(res, 'in rude health')).toBe('Colm Reddy');
    expect(speakerOf(res, 'We will not')).toBe('Colm Reddy');
    expect(speakerOf(res, 'long overdue')).toBe('Ines Moor');
  });

  it('a name spelled like a month abbreviation, right before a verb of saying', () => {
    const res = analyzeText('"The harbour is quieter than it has been in years," Jun wrote.');
    expect(speakerOf(res, 'The harbour')).toBe('Jun');
    const date = analyzeText('The hearing was moved to Jun. 4, the clerk said.');
    expect(date.cast.some((c) => c.name.startsWith('Jun'))).toBe(false);
  });

  it('a sentence-closing attribution covers the quote before it', () => {
    const res = analyzeParagraphs([
      '"Rents should be capped" in every district, Housing Minister Otto Lindgren said on Tuesday.',
      'Fares were "frozen for a year" while the network was rebuilt, he said.',
    ]);
    expect(speakerOf(res, 'Rents')).toBe('Otto Lindgren');
    expect(speakerOf(res, 'frozen')).toBe('Otto Lindgren');
  });

  it('"as X said"', () => {
    const res = analyzeText('The vote was "closer than anyone expected," as organiser Dana Pratt said on Sunday.');
    expect(speakerOf(res, 'closer')).toBe('Dana Pratt');
  });
});

describe('3. a role, then a pronoun, with someone else named in between', () => {
  it('the pronoun goes to the role when the other person cannot be meant', () => {
    const res = analyzeParagraphs([
      'The union leader says the offer is an insult. Transport Secretary John Mercer made it on Monday.',
      '"It would not pay for a week of groceries," she said.',
    ]);
    expect(speakerOf(res, 'It would not')).toBe('the union leader');
    expect(res.cast.find((c) => c.name === 'the union leader')?.described).toBe(true);
  });

  it('is uncertain when the person in between could be meant', () => {
    const res = analyzeParagraphs([
      'The union leader says the offer is an insult. Transport Secretary Robin Mercer made it on Monday.',
      '"It would not pay for a week of groceries," she said.',
    ]);
    expect(uncertain(res, 'It would not')).not.toBeNull();
  });
});

describe('4. organisations, documents, media and groups as speakers', () => {
  it('documents speak', () => {
    const res = analyzeParagraphs([
      'The lawsuit alleges the landlord "ignored repeated warnings about the boiler."',
      'According to the audit, the scheme was "poorly managed from the start."',
    ]);
    expect(speakerOf(res, 'ignored')).toBe('the lawsuit');
    expect(speakerOf(res, 'poorly')).toBe('the audit');
  });

  it('ads, flyers and posts speak too, and a short slogan in them is a quote', () => {
    const res = analyzeParagraphs(['"Keep the library open," the flyer reads.', '"Vote no," the ad says.']);
    expect(speakerOf(res, 'Keep the library')).toBe('the flyer');
    expect(speakerOf(res, 'Vote no')).toBe('the ad');
  });

  it('a document filed by someone speaks for that person', () => {
    const res = analyzeText('"The defendant fled the scene," according to a court filing signed by prosecutor Nadia Ruiz.');
    expect(speakerOf(res, 'The defendant')).toBe('Nadia Ruiz');
  });

  it('organisations, their nameless descriptions and countries', () => {
    const res = analyzeParagraphs([
      'The Department of Water Resources said the reservoirs were "at a healthy level."',
      'The water authority said in a statement that rationing was "not on the table."',
      'A state broadcaster called the minister "an enemy of the people."',
      'Brazil called the tariff "a hostile act."',
    ]);
    expect(speakerOf(res, 'at a healthy')).toBe('Department of Water Resources');
    expect(speakerOf(res, 'not on the table')).toBe('the water authority');
    expect(speakerOf(res, 'an enemy')).not.toBeNull();
    expect(speakerOf(res, 'a hostile act')).toBe('Brazil');
  });

  it('an office described by its holder', () => {
    const res = analyzeText('The governor\u2019s office said the claims were "without merit."');
    expect(speakerOf(res, 'without merit')).toBe('The governor\u2019s office');
  });

  it('two people named together speak together, not the nearer one alone', () => {
    const res = analyzeParagraphs([
      '"The pool stays open all summer," Councillor Vera Dunne and Mayor Olu Badmus said in a joint statement.',
      'Pia Sorensen thanked Dunne and Badmus said the vote was "about time."',
    ]);
    expect(speakerOf(res, 'The pool')).toBe('Vera Dunne and Olu Badmus');
    // the object of another verb is not a co-speaker
    expect(speakerOf(res, 'about time')).toBe('Olu Badmus');
  });

  it('groups', () => {
    const res = analyzeParagraphs([
      'Farmers blocking the motorway chanted "No farms, no food" through the night.',
      '"We are not going home," the protesters shouted.',
      'Critics said Mayor Ivo Blanc was "asleep at the wheel."',
    ]);
    expect(speakerOf(res, 'No farms')).toBe('Farmers');
    expect(speakerOf(res, 'We are not going')).toBe('protesters');
    // the quote is about the mayor, said by the critics
    expect(speakerOf(res, 'asleep')).toBe('Critics');
  });
});

describe('5. unnamed sources', () => {
  it('are described, marked unnamed, never the person named after them', () => {
    const res = analyzeParagraphs([
      '"The ceasefire is holding for now," according to a senior military official who spoke on condition of anonymity.',
      '"Nobody warned us," said one shopkeeper, who asked not to be identified.',
      '"The senator has no comment," a spokeswoman for Sen. Carla Moreno said.',
    ]);
    expect(speakerOf(res, 'The ceasefire')).toBe('senior military official (unnamed)');
    expect(speakerOf(res, 'Nobody warned')).toBe('shopkeeper (unnamed)');
    expect(speakerOf(res, 'The senator has')).toBe('spokeswoman for Sen. Carla Moreno (unnamed)');
    expect(res.cast.find((c) => c.name === 'shopkeeper (unnamed)')?.described).toBe(true);
  });

  it('people close to someone, a source familiar with something: unnamed, never that someone', () => {
    const res = analyzeParagraphs([
      'People close to Governor Edda Krall say she is "livid about the leak."',
      '"The deal is all but done," a source familiar with the talks said.',
    ]);
    expect(speakerOf(res, 'livid')).toBe('People close to Governor Edda Krall');
    expect(speakerOf(res, 'The deal is')).toBe('source familiar with the talks (unnamed)');
  });

  it('one of a group', () => {
    const res = analyzeText('One of the divers, a retired engineer from Cork, said the wreck was "in astonishing condition."');
    // (described as the story's other unnamed people are, since round 24: a diver)
    expect(speakerOf(res, 'in astonishing')).toBe('diver (unnamed)');
  });
});

describe('6. a quote about someone', () => {
  it('the person named in the quote is its subject', () => {
    const res = analyzeText('"Ferreira has never once returned my calls," Lucy Amand said.');
    expect(speakerOf(res, 'Ferreira')).toBe('Lucy Amand');
  });

  it('the subject of the reported clause is not the speaker', () => {
    const res = analyzeText('Councillor Rosa Vint said on Monday and said that Mayor Tim Dade "has lost the room."');
    expect(speakerOf(res, 'has lost')).toBe('Rosa Vint');
  });

  it('a participle clause about someone leaves the main subject as the speaker', () => {
    const res = analyzeText('Conceding that Grant "runs a tight ship," though, Ellis said the budget was still too high.');
    expect(speakerOf(res, 'runs a tight')).toBe('Ellis');
  });

  it('a participle after a comma belongs to the subject, not the object before it', () => {
    const res = analyzeText('Mayor Paula Stein rebuked Councillor Ed Marsh on Friday, calling him "a danger to this city."');
    expect(speakerOf(res, 'a danger')).toBe('Paula Stein');
  });

  it('a hypothetical speech verb is not a speaker', () => {
    const res = analyzeText('According to Hanna Roos, critics would call the plan "a giveaway" if it passed.');
    expect(speakerOf(res, 'a giveaway')).toBe('Hanna Roos');
  });
});

describe('7. paragraph continuation', () => {
  it('a quote-only paragraph continues the previous speaker', () => {
    const res = analyzeParagraphs([
      '"The river took the bridge at two in the morning," said ferry operator Moses Achebe.',
      '"By sunrise there was nothing left of the landing."',
    ]);
    expect(speakerOf(res, 'By sunrise')).toBe('Moses Achebe');
    expect(quoteOf(res, 'By sunrise').cue).toBe('continuation');
  });

  it('but not after someone else became the subject: uncertain, suggesting that person', () => {
    const res = analyzeParagraphs([
      '"We can reopen in a month," said harbour master Lena Fisk.',
      'Her deputy, Karl Odum, doubted the timetable.',
      '"Nothing has been ordered yet."',
    ]);
    expect(uncertain(res, 'Nothing has been')).toBe('Karl Odum');
  });

  it('unless a new cue in the sentence says someone else speaks', () => {
    const res = analyzeParagraphs([
      '"The plant stays open," Rep. Nora Ives said. "I promise you that."',
      'A man near the back yelled, "You said that last year!"',
      'Then somebody else yelled, "Where are the jobs?"',
    ]);
    expect(speakerOf(res, 'I promise')).toBe('Nora Ives');
    expect(speakerOf(res, 'You said that')).toBe('man near the back (unnamed)');
    // the speech verb has a subject the engine cannot name: not a continuation of anyone
    expect(quoteOf(res, 'Where are').speakerId).toBeNull();
  });

  it('a sentence reporting speech hands the next quote to its subject', () => {
    const res = analyzeText('"We were beaten fairly," said coach Irma Tell. Striker Ade Bello agreed. "We never got going."');
    expect(speakerOf(res, 'We never')).toBe('Ade Bello');
  });

  it('a quote-only paragraph after a paragraph that ends reporting someone\'s speech is theirs', () => {
    const res = analyzeParagraphs([
      'Economist Ravi Anand said wages were finally catching up.',
      '"The squeeze is over," he said in an interview.',
      'Not everyone agrees. Petra Kolar, a strategist at a regional bank, said prices could turn up again.',
      '"It is far too early to relax."',
    ]);
    expect(speakerOf(res, 'The squeeze')).toBe('Ravi Anand');
    expect(speakerOf(res, 'It is far too early')).toBe('Petra Kolar');
  });

  it('a quote-only paragraph after an unnamed questioner\'s question is not the questioner\'s', () => {
    const res = analyzeParagraphs(['"Will you run again?" a reporter asked Mayor Greta Holm.', '"Not this time."']);
    expect(speakerOf(res, 'Will you run')).toBe('reporter (unnamed)');
    expect(uncertain(res, 'Not this time')).toBe('Greta Holm');
    // a named speaker's own question goes on as usual
    const own = analyzeParagraphs(['"Why would we stop now?" Greta Holm asked.', '"We are finally winning."']);
    expect(speakerOf(own, 'We are finally')).toBe('Greta Holm');
  });

  it('a quote-only paragraph after a paragraph about someone is only a suggestion', () => {
    const res = analyzeParagraphs(['Education Minister Ruth Amsel unveiled the new curriculum on Thursday.', '"Every child will learn to code."']);
    expect(uncertain(res, 'Every child')).toBe('Ruth Amsel');
  });
});

describe('8. headlines and titles', () => {
  it('quotes in a headline opening the text are not reported; the body quote is', () => {
    const res = analyzeParagraphs([
      'Mayor vows "no more closures" as libraries reopen',
      'Mayor Ada Lund promised on Monday that there would be "no more closures" in the city.',
    ]);
    expect(res.quotes).toHaveLength(1);
    expect(res.quotes[0]!.paragraph).toBe(1);
    expect(speakerOf(res, 'no more')).toBe('Ada Lund');
  });

  it('a title in quotation marks is not a quote', () => {
    const res = analyzeText('Her documentary "Salt and Silence" opens the festival on Friday.');
    expect(res.quotes).toEqual([]);
  });
});

describe('9. British single quotes and transcripts', () => {
  it("reads '...' and ‘...’ quotes, not apostrophes", () => {
    const res = analyzeParagraphs([
      "Chief Constable Mark Heald said: 'We will find those responsible.'",
      '\u2018It\u2019s the worst flooding we\u2019ve seen,\u2019 said Jean O\u2019Hara, who runs the village shop.',
      "The players' union met on Friday.",
    ]);
    expect(res.quotes.map((q) => q.text)).toEqual(['We will find those responsible.', 'It\u2019s the worst flooding we\u2019ve seen,']);
    expect(speakerOf(res, 'We will find')).toBe('Mark Heald');
    expect(speakerOf(res, 'It\u2019s the worst')).toBe('Jean O\u2019Hara');
  });

  it('transcript turns', () => {
    const res = analyzeParagraphs([
      'Senator Dora Kent and Governor Felix Ames met for a televised debate on Thursday.',
      'KENT: The budget is balanced.',
      'AMES: Only on paper.',
      'Q: Will either of you raise taxes?',
      'A: Not this year.',
      'NOTE: This transcript has been edited for length.',
    ]);
    expect(speakerOf(res, 'The budget')).toBe('Dora Kent');
    expect(speakerOf(res, 'Only on paper')).toBe('Felix Ames');
    expect(speakerOf(res, 'Will either')).toBe('interviewer');
    expect(uncertain(res, 'Not this year')).toBe('Felix Ames');
    expect(res.quotes.some((q) => q.text.startsWith('This transcript'))).toBe(false);
  });

  it('an interview with one person named: the answers are theirs', () => {
    const res = analyzeParagraphs([
      'Our conversation with Hanna Birkeland, who runs the ferry between Skarvik and Lund, has been shortened.',
      'Q: How many crossings a day?',
      'A: Eleven in summer, six in winter.',
    ]);
    expect(speakerOf(res, 'How many')).toBe('interviewer');
    expect(speakerOf(res, 'Eleven in summer')).toBe('Hanna Birkeland');
  });
});

describe('not naming anyone when unsure', () => {
  it('two people who are both "she": the pronoun after the other one spoke', () => {
    const res = analyzeParagraphs([
      'Ms. Irene Cole and Ms. Beth Moreau faced each other across the committee table.',
      'Cole accused her rival of "rewriting history."',
      '"That is a lie," she said.',
    ]);
    expect(uncertain(res, 'That is a lie')).toBe('Irene Cole');
  });

  it('two people with the same title', () => {
    const res = analyzeParagraphs(['Sen. Hal Price and Sen. Omar Vance toured the plant.', '"It is a model for the state," the senator said.']);
    uncertain(res, 'It is a model');
  });

  it('two men, no cue to choose', () => {
    const res = analyzeParagraphs(['Mr. Tomas Aldo met Mr. Felix Brandt in the capital on Friday.', '"It was a productive meeting," he said.']);
    uncertain(res, 'It was a productive');
  });

  it('"asked X to call it ...": the one asked may be the one calling', () => {
    const res = analyzeParagraphs([
      'Mayor Ines Dahl asked Councillor Rob Fane to call the deal "a betrayal."',
      'Councillor Ana Ruiz went on local radio to call it "a bargain."',
    ]);
    uncertain(res, 'a betrayal');
    expect(speakerOf(res, 'a bargain')).toBe('Ana Ruiz');
  });

  it('a partial quote with no speech cue is only a suggestion', () => {
    const res = analyzeText('Governor Lena Holt faces a "perfect storm" of debt and drought this year.');
    expect(res.quotes.every((q) => q.speakerId === null)).toBe(true);
  });

  it('the CLI-style output never carries an uncertain name', () => {
    const res = analyzeParagraphs(['Mr. Tomas Aldo met Mr. Felix Brandt in the capital on Friday.', '"It was a productive meeting," he said.']);
    const q = res.quotes[0]!;
    expect(q.speakerName).toBeNull();
    expect(q.suggestedSpeakerId).not.toBeNull();
    // the suggestion is in the cast, so Review quotes can offer it
    expect(res.cast.some((c) => c.id === q.suggestedSpeakerId)).toBe(true);
  });
});

describe('calibration: evidence that looks sure but may point at the wrong person', () => {
  it('a pronoun whose pick wins only by a known gender over someone whose gender is unknown', () => {
    const res = analyzeText('Okafor met with Daniel Strand on Tuesday. "We agreed on nothing," he said.');
    expect(uncertain(res, 'We agreed')).toBe('Daniel Strand');
  });

  it('a pronoun that would go back to the last speaker after someone else became the subject', () => {
    const res = analyzeParagraphs([
      '"The levy is dead," Councillor Lund said. Judge Vell disagreed.',
      '"It will pass," he said.',
    ]);
    expect(speakerOf(res, 'The levy')).toBe('Lund');
    expect(uncertain(res, 'It will pass')).not.toBeNull();
  });

  it('someone described, not named, became the subject since the last quote: uncertain', () => {
    const res = analyzeParagraphs(['"We will carry the valley," Ekberg said.', 'His challenger sees it differently.', '"The valley is ours," she said.']);
    expect(speakerOf(res, 'We will carry')).toBe('Ekberg');
    expect(uncertain(res, 'The valley is ours')).toBe('Ekberg');
    // a paragraph about something else does not stop the speaker going on
    const on = analyzeParagraphs(['"We will carry the valley," Tomas Ekberg said.', 'The district has voted the same way since 1990.', '"That will not change," he said.']);
    expect(speakerOf(on, 'That will not')).toBe('Tomas Ekberg');
  });

  it('a name set off after a person noun is a person, who may be the "he" of the next quote', () => {
    const res = analyzeParagraphs([
      'Coach Tim Bright praised his goalkeeper, Oskar Vanttila, after the final.',
      '"He saved us tonight," Bright said.',
      'Vanttila was more modest. "The defence did the work," he said.',
    ]);
    expect(speakerOf(res, 'He saved us')).toBe('Tim Bright');
    // not given to Bright: Vanttila became the subject of the sentence just before, so it is his
    expect(speakerOf(res, 'The defence')).toBe('Oskar Vanttila');
    expect(res.cast.find((c) => c.name === 'Oskar Vanttila')?.kind).toBe('person');
  });

  it('but the last speaker keeps the pronoun when nobody else became the subject', () => {
    const res = analyzeParagraphs([
      '"The levy is dead," Councillor Pia Lund said. The vote is on Friday.',
      '"It will not pass," she said.',
    ]);
    expect(speakerOf(res, 'It will not')).toBe('Pia Lund');
  });

  it("the words of someone's claim, statement or warning are theirs, not the cue's subject's", () => {
    const res = analyzeParagraphs([
      'Mayor Ruth Alder pointed to Councillor Ben Oduya\'s claim that the tunnel was "fully funded."',
      'Alder dismissed the warning by Oduya that the fares would "double overnight."',
      'Alder said Oduya\'s budget was "a fantasy."',
    ]);
    expect(uncertain(res, 'fully funded')).toBe('Ben Oduya');
    expect(uncertain(res, 'double overnight')).toBe('Ben Oduya');
    // a budget is not something said: the cue's subject keeps the quote
    expect(speakerOf(res, 'a fantasy')).toBe('Ruth Alder');
  });

  it("someone's reply, message or statement before a colon: the owner speaks, not the one it is to", () => {
    const res = analyzeText('Councillor Hana Ito\'s reply to Mayor Rolf Berne was short: "Read the report."');
    expect(speakerOf(res, 'Read the report')).toBe('Hana Ito');
  });

  it('a speech verb before the quote names someone other than the one after it', () => {
    const res = analyzeText('After Kessler called him "a fraud," Marlow said he would sue.');
    expect(uncertain(res, 'a fraud')).not.toBeNull();
  });

  it("someone's lawyer or spokesman speaks, never that someone", () => {
    const res = analyzeParagraphs(['Trent Orlov lost the case on Monday.', '"We will appeal," Orlov\'s lawyer said.']);
    expect(speakerOf(res, 'We will appeal')).toBe('Orlov’s lawyer (unnamed)');
    expect(res.cast.find((c) => c.name === 'Orlov’s lawyer (unnamed)')?.described).toBe(true);
    const sub = analyzeParagraphs(['Trent Orlov lost the case on Monday.', 'Orlov\'s spokeswoman says the ruling is wrong. "It ignores the facts," she said.']);
    expect(speakerOf(sub, 'It ignores')).toBe('Orlov’s spokeswoman (unnamed)');
    const dept = analyzeText('"No comment," the minister\'s spokesman said.');
    expect(speakerOf(dept, 'No comment')).toBe('minister’s spokesman (unnamed)');
  });

  it("an owned role the story has given a name goes to that person", () => {
    const res = analyzeParagraphs(['Orlov spokesman Ivo Brandt met reporters.', '"We will appeal," Orlov\'s spokesman said.']);
    expect(speakerOf(res, 'We will appeal')).toBe('Ivo Brandt');
  });

  it('a passive speech verb: the one spoken of never speaks; the agent after "by" does', () => {
    const res = analyzeParagraphs([
      'Warden Cole Ibsen was called "a coward" by Senator Rhea Marlowe.',
      'Ibsen has been accused of "hiding the overtime figures from the board."',
      'Ibsen, who was once described as "the toughest warden in the north," said he had mellowed.',
      'Ibsen was told by the inspector that the wing "will not reopen this year."',
    ]);
    expect(speakerOf(res, 'a coward')).toBe('Rhea Marlowe');
    expect(speakerOf(res, 'hiding the overtime')).toBeNull();
    expect(speakerOf(res, 'the toughest warden')).toBeNull();
    expect(speakerOf(res, 'will not reopen')).not.toBe('Cole Ibsen');
  });

  it('a participle phrase between the subject and the verb is not the speaker', () => {
    const res = analyzeText('Selma Vukic, asked about Arno Pelt, said: "I have nothing against him."');
    expect(speakerOf(res, 'I have nothing')).toBe('Selma Vukic');
    const pressed = analyzeText('"We are not for sale," Selma Vukic, pressed by Arno Pelt on the pension fund, said.');
    expect(speakerOf(pressed, 'We are not')).toBe('Selma Vukic');
  });
});

// Failures found on the team's own evaluation set (tests/attribution/own-set), each with new
// sentences written for the test.
describe('own set: wire copy, courts, sport, schools', () => {
  it('a dateline in capitals is a place, never the speaker', () => {
    const res = analyzeText('MORVALA, Tessaly — The Ministry of Transport said on Monday that the new line was "on schedule and on budget."');
    expect(speakerOf(res, 'on schedule')).toBe('Ministry of Transport');
    const agency = analyzeText('PORT ELLIS (Wire) — Rescuers pulled two fishermen from the sea, calling it "a small miracle."');
    expect(speakerOf(agency, 'a small miracle')).not.toBe('PORT ELLIS');
  });

  it('the object of a preposition before a colon is not the speaker; a player named by position is', () => {
    const res = analyzeParagraphs(['Winger Tiago Brandao was booked twice as Elmfield lost at Rowan Park.', 'That night the winger wrote on Facebook: "I owe everyone an apology."']);
    expect(speakerOf(res, 'I owe everyone')).toBe('Tiago Brandao');
    const none = analyzeText('Late on Sunday a message appeared on Telegram: "The talks are over."');
    expect(speakerOf(none, 'The talks')).not.toBe('Telegram');
  });

  it('a school named with a possessive is not the "she" who speaks', () => {
    const res = analyzeParagraphs([
      'The head teacher of St Brendan’s Junior says exams will go ahead. The flood, found by janitor Alan Reid at dawn, ruined the library.',
      '"We will sit them in the gym if we have to," she said.',
    ]);
    const q = quoteOf(res, 'We will sit');
    expect(nameOf(res, q.speakerId)).not.toBe('Junior');
    expect(nameOf(res, q.speakerId)).not.toBe('Alan Reid');
  });

  it('"the Dunford coach" is not the coach the story named for another club', () => {
    const res = analyzeParagraphs([
      'Ashgrove coach Pete Loman praised his defence. "They were magnificent," Loman said.',
      'His counterpart, Neil Varden, saw it differently. "We should have had a penalty," the Dunford coach said.',
      '"We never stopped running," the Ashgrove coach added.',
    ]);
    expect(speakerOf(res, 'We should have')).toBeNull();
    expect(speakerOf(res, 'We never stopped')).toBe('Pete Loman');
  });

  it('"he said" after a sentence whose subject is a named person, in the same paragraph, is that person', () => {
    const res = analyzeParagraphs([
      'Keeper Rob Tandy saved two penalties as Lowfield won the shoot-out.',
      '"Rob was a wall," manager Colin Hurst said.',
      'Tandy played it down. "I guessed right twice," he said.',
    ]);
    expect(speakerOf(res, 'Rob was a wall')).toBe('Colin Hurst');
    expect(speakerOf(res, 'I guessed')).toBe('Rob Tandy');
    const two = analyzeParagraphs([
      'Councillors Petra Lindgren and Maja Osei argued over the library budget.',
      'Lindgren said cuts were "unavoidable." Osei was having none of it. "There is always money for roads," she said.',
    ]);
    expect(speakerOf(two, 'unavoidable')).toBe('Petra Lindgren');
    expect(speakerOf(two, 'There is always')).toBe('Maja Osei');
    // someone else mentioned after that subject leaves it unsure
    const other = analyzeParagraphs(['Keeper Rob Tandy saved two penalties.', '"Rob was a wall," manager Colin Hurst said.', 'Tandy thanked Hurst. "He believed in me," he said.']);
    expect(uncertain(other, 'He believed')).not.toBeNull();
  });

  it('"it said" and "the company said" go to the organisation just named', () => {
    const res = analyzeParagraphs(['Norvik Freight will close its depot in Ashby, the haulier said on Friday.', '"We did not take this decision lightly," it said in a statement.']);
    expect(speakerOf(res, 'We did not take')).toBe('Norvik Freight');
    const company = analyzeText('Castlemere Dairies recalled two cheeses on Friday. "We are sorry for the worry this causes," the company said.');
    expect(speakerOf(company, 'We are sorry')).toBe('Castlemere Dairies');
    // two organisations in reach: the reviewer's call
    const two = analyzeText('Castlemere Dairies sued Fenwick Foods over the recall on Friday. "We followed every rule," the company said.');
    expect(uncertain(two, 'We followed')).not.toBeNull();
    // never the one that was the subject a paragraph before another became it
    const since = analyzeParagraphs(['Castlemere Dairies sued Fenwick Foods over the recall on Friday.', 'Fenwick Foods denied any fault. "We followed every rule," the company said.']);
    expect(speakerOf(since, 'We followed')).not.toBe('Castlemere Dairies');
  });

  it('"said the Frenchwoman", "said the 19-year-old": the person just named, unless two are in reach', () => {
    const res = analyzeParagraphs(['Ines Duval won the sprint stage in Ravenna on Tuesday.', '"My legs were on fire," said the Frenchwoman, who rides for Team Olto.']);
    expect(speakerOf(res, 'My legs')).toBe('Ines Duval');
    const age = analyzeParagraphs(['Tom Askew, 19, scored the winner in stoppage time.', '"I just closed my eyes and hit it," said the 19-year-old.']);
    expect(speakerOf(age, 'I just closed')).toBe('Tom Askew');
    const two = analyzeParagraphs(['Lena Holt beat Mia Sorel in three sets on Centre Court.', '"I was lucky in the tie-break," said the 24-year-old.']);
    expect(uncertain(two, 'I was lucky')).not.toBeNull();
  });

  it('"His family said", "Her lawyer said": someone\'s unnamed people, never the one they belong to', () => {
    const res = analyzeParagraphs(['Ewan Tull, 16, was found safe on Sunday after two nights on the moor.', 'His family said in a statement: "We cannot thank the rescuers enough."']);
    expect(speakerOf(res, 'We cannot thank')).toBe('his family');
    const lawyer = analyzeParagraphs(['Rosa Fenn lost her appeal on Monday.', 'Her lawyer said the ruling was "a step backwards for tenants."']);
    expect(speakerOf(lawyer, 'a step backwards')).toBe('her lawyer');
    // a lawyer the story has named may be meant: the reviewer's call
    const named = analyzeParagraphs(['Rosa Fenn, represented by lawyer Ian Coles, lost her appeal on Monday.', 'Her lawyer said the ruling was "a step backwards for tenants."']);
    expect(uncertain(named, 'a step backwards')).toBe('Ian Coles');
  });

  it('"Mr Atherton" is not the Grace Atherton the story named: the honorific\'s gender rules her out', () => {
    const res = analyzeParagraphs([
      'Colin and Grace Atherton have kept bees in Wensleydale since 1985.',
      "'The bees taught us patience,' said Mrs Atherton.",
      "'Mostly they taught her,' said Mr Atherton.",
    ]);
    expect(speakerOf(res, 'The bees')).toBe('Grace Atherton');
    expect(speakerOf(res, 'Mostly they')).not.toBe('Grace Atherton');
  });

  it('"Pc" and "Cllr" are titles, and "Ms Rowe" is not the man the story named Rowe', () => {
    const res = analyzeParagraphs([
      "'The lorry never braked,' said Pc Gareth Rowe, who was first at the scene.",
      "Ms Rowe, a neighbour who is no relation of the officer, said: 'The whole street shook.'",
    ]);
    expect(speakerOf(res, 'The lorry')).toBe('Gareth Rowe');
    expect(speakerOf(res, 'The whole street')).not.toBe('Gareth Rowe');
  });

  it('"said Doe\'s solicitor, Ann Roe": the name set off after the owned role; without one, never Doe', () => {
    const res = analyzeParagraphs(['Kieran Hollins was refused bail.', '"My client will appeal," said Hollins’s solicitor, Maeve Drury.']);
    expect(speakerOf(res, 'My client')).toBe('Maeve Drury');
    const unnamed = analyzeParagraphs(['Kieran Hollins was refused bail.', '"My client will appeal," said Hollins’s solicitor.']);
    expect(speakerOf(unnamed, 'My client')).not.toBe('Kieran Hollins');
  });

  it('"he said" in the paragraph after his quote, when the other man in reach never spoke nor became a subject', () => {
    const res = analyzeParagraphs([
      'The prosecutor told the jury that Leon Marsh had planned the fraud for a year.',
      'Marsh\'s counsel, Adam Reyes, said the evidence was "thin at best."',
      '"My client was in Lisbon that week," he said.',
    ]);
    expect(speakerOf(res, 'My client')).toBe('Adam Reyes');
    // but when the other has spoken, he may be answering
    const both = analyzeParagraphs(['"I was in Lisbon," Leon Marsh told the court.', 'His counsel, Adam Reyes, said the evidence was "thin at best."', '"The dates do not lie," he said.']);
    expect(uncertain(both, 'The dates')).not.toBeNull();
  });

  it('"Her son, who had waited since Monday, wept. "...," he said.": the named man is not sure', () => {
    const res = analyzeParagraphs([
      'Rescuers freed a man of 80 from a collapsed block in Hatay on Friday.',
      '"We heard a voice under the slab," said Deniz Arslan, a volunteer from Izmir. "We dug with our hands."',
      'The man, whose name was not given, was flown to a field hospital. Medics said he was weak but "remarkably alert."',
      'Her son, who had slept at the site for three nights, wept. "I never gave up," he said.',
    ]);
    expect(speakerOf(res, 'We heard')).toBe('Deniz Arslan');
    expect(uncertain(res, 'I never gave up')).not.toBeNull();
  });

  it('"a spokeswoman for the mayor said" is never the mayor; "the director said" is not sure to be the mayor', () => {
    const res = analyzeParagraphs(['Mayor Ilse Brandt defended the budget on Tuesday.', '"Those figures are simply wrong," a spokeswoman for the mayor said.']);
    expect(speakerOf(res, 'Those figures')).toBe('spokeswoman for the mayor (unnamed)');
    const other = analyzeParagraphs(['Mayor Ilse Brandt defended the budget on Tuesday.', '"The reserves are healthy," the director said.']);
    expect(uncertain(other, 'The reserves')).toBe('Ilse Brandt');
  });

  it('a question in a paragraph of its own after an answer in a cross-examination is not the answerer\'s for sure', () => {
    const res = analyzeParagraphs([
      'The witness, Karl Brenner, said he had left before midnight.',
      '"Who drove you home?" asked defence counsel Maria Estes.',
      '"A taxi," Brenner said.',
      '"Then why does no taxi firm have a record of it?"',
    ]);
    expect(speakerOf(res, 'Who drove')).toBe('Maria Estes');
    expect(speakerOf(res, 'A taxi')).toBe('Karl Brenner');
    // (to review, suggesting the asker, until round 27: now the asker's for sure, right after a sure answer)
    expect(speakerOf(res, 'Then why')).toBe('Maria Estes');
  });
});

describe('third round: nationalities, groups, documents, one of several sources', () => {
  it('"said the Australian": a bare nationality is a person of the story, never named when two are in reach', () => {
    const one = analyzeParagraphs(['Corin Daley won the stage into Albi by two seconds.', '"I had nothing left at the line," said the Australian.']);
    expect(speakerOf(one, 'I had nothing')).toBe('Corin Daley');
    const two = analyzeParagraphs(['Nils Aberg beat Teo Marr in four sets.', '"It was a long night," said the Swede.']);
    expect(uncertain(two, 'It was a long')).not.toBeNull();
    // a nationality before a noun is an adjective: "said the Canadian government" is no person of the story
    const gov = analyzeParagraphs(['Corin Daley met the trade delegation.', '"Talks went well," said the Canadian government.']);
    expect(speakerOf(gov, 'Talks went')).not.toBe('Corin Daley');
  });

  it('a pair of capitalised words the lexicon does not know is still a person who may be "the 24-year-old"', () => {
    const res = analyzeParagraphs(['Nils Aberg beat Teo Marr in four sets.', '"It was a long night," said the 24-year-old.']);
    expect(uncertain(res, 'It was a long')).not.toBeNull();
    const he = analyzeParagraphs(['Nils Aberg beat Teo Marr in four sets.', '"It was a long night," he said.']);
    expect(speakerOf(he, 'It was a long')).not.toBe('Teo Marr');
  });

  it('"said the Spanish ambassador": a capitalised word before a role describes the role, it is not a name', () => {
    const res = analyzeParagraphs(['Marta Olmo met reporters outside the embassy.', '"We have made progress," said the Spanish ambassador.']);
    expect(speakerOf(res, 'We have made')).not.toBe('Spanish');
    const labour = analyzeText('"The vote is lost," said the Labour leader.');
    expect(speakerOf(labour, 'The vote')).not.toBe('Labour');
  });
});

describe('third round: groups counted or quantified', () => {
  it('"Dozens of teachers ..., chanting" is the teachers, never a person called "Dozens"', () => {
    const res = analyzeText('Dozens of porters gathered at the station gates on Monday, chanting "Not one more cut."');
    expect(speakerOf(res, 'Not one more')).toBe('dozens of porters');
    const hundreds = analyzeText('Hundreds of cabbies circled the square, chanting "Meters, not apps."');
    expect(speakerOf(hundreds, 'Meters')).not.toBe('Hundreds');
  });

  it('"About 40 residents", "more than 200 workers": a count before a group noun', () => {
    const about = analyzeText('About 40 tenants gathered outside the agency, chanting "Heat our homes."');
    expect(speakerOf(about, 'Heat our')).toBe('tenants');
    const more = analyzeText('"We want our shifts back," more than 200 drivers said in a letter.');
    expect(speakerOf(more, 'We want')).toBe('drivers');
    // a year is no count of people
    const year = analyzeText('In 2019 Mayor Ada Lusk said the scheme was "on track."');
    expect(speakerOf(year, 'on track')).toBe('Ada Lusk');
  });
});

describe('third round: "one of them said"', () => {
  it('one of a group counted as a source before, in the same or an earlier paragraph', () => {
    const res = analyzeText('Two inspectors said the bridge had been closed too late. "The cracks were there in May," one of them said.');
    expect(speakerOf(res, 'The cracks')).toBe('inspector (unnamed)');
    const according = analyzeParagraphs([
      'The club will sell its ground, according to three people close to the owners.',
      '"The board voted last week," one of them said.',
    ]);
    expect(speakerOf(according, 'The board')).toBe('person close to the owners (unnamed)');
  });

  it('with no group counted before, "one of them" is nobody the story named', () => {
    const res = analyzeParagraphs(['Rosa and Ines Calder have run the bakery since 1990.', '"We never closed, not even in the floods," one of them said.']);
    const q = quoteOf(res, 'We never closed');
    expect(nameOf(res, q.speakerId)).toBeNull();
  });
});

describe('third round: findings of documents and researchers', () => {
  it('"The study found that X "..."" is the study\'s words; "Inspectors found" the inspectors\'', () => {
    const study = analyzeText('The survey found that the scheme "worked no better than a placebo" after six weeks.');
    expect(speakerOf(study, 'worked no better')).toBe('the survey');
    const insp = analyzeText('Inspectors found kitchens that were "unfit for use."');
    expect(speakerOf(insp, 'unfit for use')).toBe('Inspectors');
    const commas = analyzeText('The review, ordered by the board in May, found the unit had been "run on goodwill alone."');
    expect(speakerOf(commas, 'run on goodwill')).toBe('the review');
  });

  it('"found" by a person, by police, or passive, is no cue to anyone', () => {
    const police = analyzeText('Officers found the van "burnt out" behind the depot.');
    expect(police.quotes.every((q) => q.speakerId === null)).toBe(true);
    const passive = analyzeText('The report was found "in a drawer" months later, Ines Moro said.');
    expect(speakerOf(passive, 'in a drawer')).not.toBe('the report');
  });
});

describe('third round: "the spokesman said" after "A hospital spokesman said"', () => {
  it('the unnamed source reported just before, with or without a quote of their own', () => {
    const res = analyzeText('A rail company spokeswoman said services would resume on Friday. "The line is safe," the spokeswoman said.');
    expect(speakerOf(res, 'The line')).toBe('rail company spokeswoman (unnamed)');
    const subject = analyzeParagraphs([
      'An ambulance service spokesman said three crews had been sent.',
      'The spokesman said the driver was still trapped. "We are doing all we can," he said.',
    ]);
    expect(speakerOf(subject, 'We are doing')).toBe('ambulance service spokesman (unnamed)');
    const trailing = analyzeText('Two clerks said the files were lost. "Nobody checked," one of them said, speaking on condition of anonymity.');
    expect(speakerOf(trailing, 'Nobody checked')).toBe('clerk (unnamed)');
  });

  it('with no such source, "the spokesman" is not the mayor the story named', () => {
    const res = analyzeParagraphs(['Mayor Ines Dorr opened the new bridge on Monday.', '"It came in under budget," the spokesman said.']);
    expect(speakerOf(res, 'It came in')).toBeNull();
  });
});

describe('third round: terms and modifiers in quotation marks are not speech', () => {
  it('"so-called" right before the marks makes a term, even with a cue later in the sentence', () => {
    const res = analyzeText('The so-called "garden levy" will be dropped in April, the finance chief said.');
    expect(res.quotes).toHaveLength(0);
  });

  it('a short quote before a noun, after a passive verb with no agent, modifies the noun', () => {
    const res = analyzeText('Buyers were promised "waterfront" flats and got a view of the car park.');
    expect(res.quotes).toHaveLength(0);
  });

  it('a short quote opening a noun phrase after a verb that is not one of saying is a term', () => {
    const res = analyzeText('The watchdog was criticised for its "soft-touch" oversight.');
    expect(res.quotes).toHaveLength(0);
    // but after a verb of saying it is the speaker's word
    const said = analyzeText('Lena Ortiz said the merger was a "disaster" for small growers.');
    expect(speakerOf(said, 'disaster')).toBe('Lena Ortiz');
  });
});

describe('third round: "the woman said", a person noun that is no role', () => {
  it('with no one in reach, an unnamed woman; after "A boy who ... said", that boy', () => {
    const res = analyzeText('"The ice just cracked," the woman said.');
    expect(speakerOf(res, 'The ice')).toBe('woman (unnamed)');
    const source = analyzeText('A boy who was fishing nearby said he saw the car go in. "It sank in seconds," the boy said.');
    expect(speakerOf(source, 'It sank')).toBe('boy (unnamed)');
    // a quote of three words before ", the woman said" is speech, not a term glossed after it
    const short = analyzeText('"I was terrified," said the woman, who asked not to be named.');
    expect(speakerOf(short, 'I was terrified')).toBe('woman (unnamed)');
  });

  it('a named person may be "the woman", but only as a suggestion', () => {
    const res = analyzeParagraphs(['Mira Castell, 61, was rescued from the roof on Sunday.', '"I prayed the whole night," the woman said.']);
    expect(uncertain(res, 'I prayed')).toBe('Mira Castell');
  });
});

describe('third round: "it said" when an unnamed organisation became the subject', () => {
  it('the named company is only a suggestion once "The union ..." has been a subject since', () => {
    const res = analyzeText('Brenmoor Freight will close its Hull depot. The union called the move a betrayal. "Nobody asked us," it said.');
    expect(uncertain(res, 'Nobody asked')).toBe('Brenmoor Freight');
    const plain = analyzeText('Brenmoor Freight will close its Hull depot. "We regret the decision," it said.');
    expect(speakerOf(plain, 'We regret')).toBe('Brenmoor Freight');
  });
});

describe('third round: a phrase between the quote and the cue', () => {
  it('"..., club chairman Rob Tait said of the coach": a modifier before the title, a noun after "the"', () => {
    const res = analyzeText('"Nobody has done more," club chairman Iain Moss said of the coach.');
    expect(speakerOf(res, 'Nobody has done')).toBe('Iain Moss');
    const noun = analyzeText('"It was a privilege," Ana Soto said of the coach.');
    expect(speakerOf(noun, 'It was a privilege')).toBe('Ana Soto');
  });
});

describe('third round: a name set off after an unnamed description', () => {
  it('"said one shopper, Mrs Ivy Harte, 78" is Ivy Harte; without a name, the unnamed shopper', () => {
    const res = analyzeText("'We queued for an hour,' said one commuter, Mrs Dora Pike, 66. 'Nobody told us anything.'");
    expect(speakerOf(res, 'We queued')).toBe('Dora Pike');
    expect(speakerOf(res, 'Nobody told')).toBe('Dora Pike');
    const unnamed = analyzeText('"We queued for an hour," said one commuter, who did not want to be named.');
    expect(speakerOf(unnamed, 'We queued')).toBe('commuter (unnamed)');
  });
});

describe('third round: "said one" after a group', () => {
  it('"But commuters told a different story. "...," said one." is one of the commuters', () => {
    const res = analyzeText('The operator said trains were running. But commuters told a different story. "I waited two hours," said one.');
    expect(speakerOf(res, 'I waited')).toBe('commuter (unnamed)');
  });

  it('with no group before, "said one" is nobody', () => {
    const res = analyzeText('Kim Lowe won gold in Oslo. "It is a dream," said one.');
    expect(speakerOf(res, 'It is a dream')).toBeNull();
  });

  it('a noun with a person-like suffix is not "the woman": "the restaurant said" is no person', () => {
    const res = analyzeText('In a post on Facebook, the restaurant said it was "heartbroken" to close.');
    expect(res.cast.some((c) => c.name === 'restaurant (unnamed)')).toBe(false);
  });
});

describe('third round: "It said" and the organisation it refers to', () => {
  it('an organisation the lexicon knows, as a subject, is what a later "it said" refers to', () => {
    const res = analyzeText('Corvale Bank cut 300 jobs on Monday. "We regret the decision," it said.');
    expect(speakerOf(res, 'We regret')).toBe('Corvale Bank');
  });

  it('"It said" opening a sentence is the organisation too (capitalised "It")', () => {
    const res = analyzeText('Halbury Mills cut 300 jobs. It said the outlook was "unusually cloudy."');
    expect(speakerOf(res, 'unusually cloudy')).toBe('Halbury Mills');
  });

  it('"The lender raised its dividend." keeps the bank named two paragraphs up in reach', () => {
    const res = analyzeParagraphs([
      'Corvale Bank lifted its profit by a fifth.',
      '"We grew without taking risks," chief executive Ana Velez said.',
      'The lender also raised its dividend. It said it expected "a harder second half."',
    ]);
    expect(speakerOf(res, 'a harder second half')).toBe('Corvale Bank');
    const none = analyzeParagraphs(['Corvale Bank lifted its profit by a fifth.', '"We grew without taking risks," chief executive Ana Velez said.', 'Rates are falling. It said it expected "a harder second half."']);
    expect(speakerOf(none, 'a harder second half')).toBeNull();
  });
});

describe('third round: reported clauses, titles before nouns, media words', () => {
  it('"The minister, speaking on radio, said the plan was "..."": never "the plan"', () => {
    const res = analyzeText('The secretary, speaking on Radio Kent’s "Breakfast" programme, said the plan was "fully funded."');
    expect(speakerOf(res, 'fully funded')).not.toBe('the plan');
    const named = analyzeText('Nadia Voss, speaking on local radio, said the report was "fully costed."');
    expect(speakerOf(named, 'fully costed')).toBe('Nadia Voss');
  });

  it('a title right before a noun ("The Crown" star) is not speech, whatever cue follows', () => {
    const res = analyzeText('"Harbour Nights" actor Ben Ruiz said he was leaving the series.');
    expect(res.quotes).toHaveLength(0);
  });

  it('"the show was "stronger than ever"": a media word before a verb does not make a name of the quote', () => {
    const res = analyzeText('Producer Ines Abbot said the series was "stronger than ever."');
    expect(speakerOf(res, 'stronger than ever')).toBe('Ines Abbot');
  });
});

describe('third round: short quoted sentences in the first person are speech', () => {
  it('"A statement from the palace read: "We are grateful."" is the statement\'s words', () => {
    const res = analyzeText('A statement from the club read: "We are devastated."');
    expect(res.quotes).toHaveLength(1);
    expect(speakerOf(res, 'We are devastated')).toBe('the club');
  });

  it('"On his future: "I am staying."" is a quote, not a scare quote', () => {
    const res = analyzeParagraphs(['Rafa Leon spoke to us after training.', 'On his future: "I am staying."']);
    expect(res.quotes.map((q) => q.text)).toContain('I am staying.');
    // a short phrase in the third person stays a scare quote
    const scare = analyzeText('The new bins are "smart" and the old ones are not.');
    expect(scare.quotes).toHaveLength(0);
  });
});

describe('third round: a surname alone as the subject just before "he said"', () => {
  it('"Okoro agreed. "...," he said." is Okoro, not the manager named before', () => {
    const res = analyzeText('Okoro’s trainer, Joe Barr, said the boxer was "in the shape of his life." Okoro agreed. "I feel unbeatable," he said.');
    expect(speakerOf(res, 'I feel unbeatable')).toBe('Okoro');
  });
});

describe('third round: British single quotes left open over paragraphs', () => {
  it('"she said. ‘Everybody knew everybody." goes on in the next paragraph, as with double marks', () => {
    const res = analyzeParagraphs([
      'Nora Vail has lived on the lane for 60 years.',
      '‘It was a village then,’ she said. ‘Everyone knew everyone.',
      '‘Now I barely know my neighbours.’',
    ]);
    const q = quoteOf(res, 'Everyone knew');
    expect(q.endParagraph).toBe(2);
    expect(nameOf(res, q.speakerId)).toBe('Nora Vail');
  });

  it('a name in single marks mid-sentence is still no open quote', () => {
    const res = analyzeText("Rab Kerr's dog is called 'Bess' and she is nine.");
    expect(res.quotes).toHaveLength(0);
  });
});

describe('third round: Q/A turns written "Q." / "A." or "Question:" / "Answer:"', () => {
  it('the answers are the one person the interview names', () => {
    const dot = analyzeParagraphs(['We spoke to the potter Ines Laird about her first show.', 'Q. Why clay?', 'A. Because it forgives mistakes.']);
    expect(speakerOf(dot, 'Why clay')).toBe('interviewer');
    expect(speakerOf(dot, 'Because it forgives')).toBe('Ines Laird');
    const word = analyzeParagraphs(['We spoke to the potter Ines Laird about her first show.', 'Question: Why clay?', 'Answer: Because it forgives mistakes.']);
    expect(speakerOf(word, 'Because it forgives')).toBe('Ines Laird');
  });

  it('an initial is not an answer: "A. J. Ayer wrote ..."', () => {
    const res = analyzeText('A. J. Ayer wrote the book in 1936.');
    expect(res.quotes).toHaveLength(0);
  });
});

describe('third round: a person noun as the title makes a person', () => {
  it('"Striker Leo Park" is a person though "Park" ends names of places', () => {
    const res = analyzeText('Coach Tim Rusk said his side had "switched off." Striker Leo Park disagreed. "We were unlucky," he said.');
    expect(res.cast.some((c) => c.name === 'Leo Park')).toBe(true);
    expect(speakerOf(res, 'We were unlucky')).toBe('Leo Park');
  });

  it('"Winger Sam Church" is a person though "Church" heads names of organisations', () => {
    const res = analyzeText('Manager Alan Reed said the result was "unacceptable." Winger Sam Church scored late. "I just hit it," he said.');
    expect(speakerOf(res, 'I just hit it')).toBe('Sam Church');
    const org = analyzeText('The Methodist Church said it would reopen the hall. "We are glad," it said.');
    expect(speakerOf(org, 'We are glad')).not.toBe('Sam Church');
  });
});

describe('third round: transcript turns labelled in mixed case', () => {
  it('"Mayor Holt: ..." is Holt, "Reporter: ..." an unnamed reporter', () => {
    const res = analyzeParagraphs(['The mayor, Ann Holt, took questions after the meeting.', 'Reporter: Will you stand again?', 'Mayor Holt: I have not decided.']);
    expect(speakerOf(res, 'Will you stand')).toBe('reporter');
    expect(speakerOf(res, 'I have not decided')).toBe('Ann Holt');
  });

  it('a team line-up, a place or an editorial label is no turn', () => {
    for (const text of ['Rovers: Hale, Dunn, Pike, Ross, Vane.', 'Paris: The strike entered its third day.', 'Note: This story has been updated.']) {
      expect(analyzeText(text).quotes).toHaveLength(0);
    }
  });
});

describe('third round: a participle with its agent between the subject and the verb', () => {
  it('"Ann Rees, quoted by the Herald, said ..." is Ann Rees, never the Herald', () => {
    const res = analyzeText('Ida Brent, quoted by the Courier, said the council was "broke."');
    expect(speakerOf(res, 'broke')).toBe('Ida Brent');
    const after = analyzeText('"The council is broke," Ida Brent, quoted by the Courier, said.');
    expect(speakerOf(after, 'The council')).toBe('Ida Brent');
  });
});

describe('third round: roles set against the one the story named', () => {
  it('"said the visiting manager" is not surely the manager named for the home side', () => {
    const res = analyzeText('Dunmore beat Carrow 2-1. "We deserved it," said Dunmore manager Ray Poll. "It was never a penalty," said the visiting manager.');
    expect(speakerOf(res, 'We deserved')).toBe('Ray Poll');
    expect(speakerOf(res, 'It was never')).not.toBe('Ray Poll');
  });

  it('"The visitors\' coach was less pleased. "...," he said." is not surely the captain quoted before', () => {
    const res = analyzeText('Home captain Joe Tate scored twice. "Great day," said Tate. The visitors’ coach was less pleased. "We were awful," he said.');
    expect(speakerOf(res, 'Great day')).toBe('Joe Tate');
    expect(uncertain(res, 'We were awful')).toBe('Joe Tate');
  });
});

describe('third round: a name and a role joined by "and"', () => {
  it('"Ann Dey and her deputy said" is both, as one group, never the deputy alone nor Dey alone', () => {
    const res = analyzeText('Nell Parr and her deputy said the budget was "sound."');
    expect(speakerOf(res, 'sound')).toBe('Nell Parr and her deputy');
    const role = analyzeText('Nell Parr and the mayor said the budget was "sound."');
    expect(speakerOf(role, 'sound')).toBe('Nell Parr and the mayor');
  });
});

describe('third round: a quote about someone, with a pronoun cue', () => {
  it('""Hale is a liar," he said." is not surely Hale\'s own', () => {
    const res = analyzeParagraphs(['Mark Hale was sacked on Friday.', '"Hale is a liar and always was," he said.']);
    expect(uncertain(res, 'Hale is a liar')).toBe('Mark Hale');
    // a vocative is no quote about him
    const voc = analyzeText('Tom Pye scored. "Pye, you beauty," he shouted.');
    expect(speakerOf(voc, 'Pye, you')).toBe('Tom Pye');
  });
});

describe('third round: social-media handles', () => {
  it('"wrote @RailWatch" names the account; an e-mail address is no handle', () => {
    const res = analyzeText('"Unacceptable," wrote @FerryWatch, a passenger group, on X.');
    expect(speakerOf(res, 'Unacceptable')).toBe('@FerryWatch');
    const mail = analyzeText('Write to info@ferry.example for details.');
    expect(mail.cast.some((c) => c.name.startsWith('@'))).toBe(false);
  });
});

describe('third round: "Ann Cole of Leeds said"', () => {
  it('a person named before "of", "at" or "from" and a place or an organisation is who speaks', () => {
    const res = analyzeText('Mayor Ann Cole of Leeds said the plan was "bold."');
    expect(speakerOf(res, 'bold')).toBe('Ann Cole');
    const party = analyzeText('"It is reckless," Ruth Lake of the Green Party said.');
    expect(speakerOf(party, 'It is reckless')).toBe('Ruth Lake');
    const uni = analyzeText('The paper’s senior author, Prof Ines Duarte of Lisbon University, said the result "surprised everyone."');
    expect(speakerOf(uni, 'surprised')).toBe('Ines Duarte');
    // a name the lexicon does not know as a person's still comes before "at Barclays"
    const bank = analyzeText('Economist Tove Lund at Nordea said rates would "stay high."');
    expect(speakerOf(bank, 'stay high')).toBe('Tove Lund');
  });

  it('"the mayor of Leeds said", "the widow of John Hale said": the role, never the place or the person it is of', () => {
    const place = analyzeText('"We need homes," the mayor of Leeds said.');
    expect(speakerOf(place, 'We need homes')).not.toBe('Leeds');
    const held = analyzeParagraphs(['Ann Cole, the mayor of Leeds, met reporters.', '"We need homes," the mayor of Leeds said.']);
    expect(speakerOf(held, 'We need homes')).toBe('Ann Cole');
    const group = analyzeText('Parents at St Bride’s School said the closure was "heartbreaking."');
    expect(speakerOf(group, 'heartbreaking')).toBe('Parents at St Bride’s School');
    const long = analyzeText('Workers at the Vanta plant in Dagenham said they were "relieved."');
    expect(speakerOf(long, 'relieved')).toBe('Workers at the Vanta plant in Dagenham');
    const widow = analyzeText('"He was kind to everyone," the widow of John Hale said.');
    expect(speakerOf(widow, 'He was kind')).not.toBe('John Hale');
  });
});

describe('third round: participles with an object, chants in title case', () => {
  it('"A lawyer representing Tom Hale said" is the lawyer, never Hale; "After the meeting Crewe said" is Crewe', () => {
    const res = analyzeText('A lawyer representing Kit Rowe said the charges were "absurd."');
    expect(speakerOf(res, 'absurd')).toBe('lawyer representing Kit Rowe (unnamed)');
    const noun = analyzeText('After the meeting Rowe said the talks had been "frank."');
    expect(speakerOf(noun, 'frank')).toBe('Rowe');
  });

  it('a short chant in title case after "chanted" is speech; a song title after "sang" is not', () => {
    const chant = analyzeText('Supporters outside the court chanted "Free Kit Now."');
    expect(speakerOf(chant, 'Free Kit')).toBe('Supporters outside the court');
    const song = analyzeText('The crowd sang "Abide with Me" before kick-off.');
    expect(song.quotes).toHaveLength(0);
  });
});

describe('fourth round: a role set off by commas next to a name', () => {
  it('"The chairman, Sir Ian Moss, said ..." makes Moss the subject a later "he said" refers to', () => {
    const res = analyzeParagraphs([
      '"Sales held up in every market," said Paul Greer, the firm’s chief executive since 2020.',
      'The chairman, Sir Ian Moss, said the board would raise the dividend. "Investors have waited long enough," he said.',
    ]);
    expect(speakerOf(res, 'Investors have')).toBe('Ian Moss');
  });

  it('a long role phrase before the name set off after it', () => {
    const res = analyzeParagraphs([
      '"The dam has never been safer," said Rita Vance, the engineer who runs it.',
      'The retired head of the county planning office and a sailor on the lake for thirty years, Owen Blake, was not convinced. "Concrete ages," he said.',
    ]);
    expect(speakerOf(res, 'Concrete ages')).toBe('Owen Blake');
  });

  it('"The town’s mayor, Ann Lee, ..." and "Ann Lee, the mayor, ...": a later "the mayor said" is Lee, not the man named since', () => {
    for (const first of ['The town’s mayor, Ann Lee, opened the bridge.', 'Ann Lee, the mayor, opened the bridge.']) {
      const res = analyzeParagraphs([
        first,
        'Carpenter Tom Dyer, who built the railings, watched from the bank.',
        'The mayor said it was "a great day for the town."',
      ]);
      expect(speakerOf(res, 'a great day')).toBe('Ann Lee');
    }
  });

  it('the head teacher named in an appositive is the "he" after "The head teacher said ...", not the parent named since', () => {
    const res = analyzeParagraphs([
      'The academy’s head teacher, Colin Rudd, said the report was "harsh but fair."',
      'Parent governor Neil Amos, who has three children at the school, questioned its findings. The head teacher said he would hold an open evening. "Every parent is welcome," he said.',
    ]);
    expect(speakerOf(res, 'Every parent')).toBe('Colin Rudd');
  });

  it('"The president met the visiting prime minister, Ana Ruiz, ..." keeps the president as the subject', () => {
    const res = analyzeParagraphs(['The president met the visiting prime minister, Ana Ruiz, at the palace on Tuesday.', '"Our two countries have never been closer," he said.']);
    expect(speakerOf(res, 'Our two countries')).not.toBe('Ana Ruiz');
  });

  it('a role after "along with" is not the name’s; nothing is named for sure', () => {
    const res = analyzeParagraphs([
      'Along with the mayor, Ann Lee toured the flooded streets. Bob Kerr, a councillor, joined them later.',
      '"We will rebuild," the mayor said.',
    ]);
    expect(speakerOf(res, 'We will rebuild')).not.toBe('Ann Lee');
  });
});

describe('fourth round: owners of more than one word, title words before a name', () => {
  it('"The prime minister’s spokesman said" is the unnamed spokesman, never "the prime"', () => {
    const res = analyzeText('The prime minister’s spokesman said ministers would "take the time needed."');
    expect(speakerOf(res, 'take the time')).toBe('prime minister’s spokesman (unnamed)');
    const sheriff = analyzeText('"The road will stay shut," the county sheriff’s spokeswoman said.');
    expect(speakerOf(sheriff, 'The road will')).toBe('county sheriff’s spokeswoman (unnamed)');
  });

  it('"The prime minister said" is read as the minister (the story’s minister, when it has one)', () => {
    const res = analyzeParagraphs(['Prime Minister Edda Holm flew to the summit on Monday.', 'The prime minister said the meeting was "long overdue."']);
    expect(speakerOf(res, 'long overdue')).toBe('Edda Holm');
  });

  it('"Shadow health secretary Ann Bose" opening a sentence: "Shadow" is part of her title, so "she said" is Bose', () => {
    const res = analyzeParagraphs(['The minister defended the plan on Monday.', 'Shadow health secretary Nadia Bose has hit back. "It is a plan for nobody," she said.']);
    expect(speakerOf(res, 'It is a plan')).toBe('Nadia Bose');
  });
});

describe('fourth round: one of a group reported before, a statement reported before', () => {
  it('"one of the people told the agency" after "two people familiar with the deal said" is one of them', () => {
    const res = analyzeParagraphs([
      'Marlowe Air is close to ordering 40 jets, three people familiar with the deal said.',
      '"The engines are the last hurdle," one of the people told the agency, asking not to be named.',
    ]);
    expect(speakerOf(res, 'The engines')).toBe('person familiar with the deal (unnamed)');
  });

  it('"one of the people said" with no such group reported is still an unnamed person, never a named one', () => {
    const res = analyzeParagraphs(['Tom Reddy, the airline’s chief executive, declined to comment.', '"It is done," one of the people said.']);
    expect(speakerOf(res, 'It is done')).not.toBe('Tom Reddy');
  });

  it('""...," the statement said." is whoever the paragraph said issued the statement', () => {
    const org = analyzeText('Hollin Rail said in a statement that services would resume on Friday. "We thank passengers for their patience," the statement said.');
    expect(speakerOf(org, 'We thank')).toBe('Hollin Rail');
    const described = analyzeText('In a statement, the orchestra said it would play on. "Music is what we do," the statement said.');
    expect(speakerOf(described, 'Music is')).toBe('the orchestra');
    const none = analyzeParagraphs(['The festival was cancelled on Monday.', '"Safety comes first," the statement said.']);
    expect(speakerOf(none, 'Safety comes')).toBe('the statement');
  });
});

describe('fourth round: inverted cues with an owned role, "posted" after the quote', () => {
  it('"said his father, Graham Tierney" is Tierney; "said his father" alone is "his father", never the son', () => {
    const res = analyzeParagraphs(["A boy of 14 drowned in the Wyre on Sunday. 'Jamie loved that river,' said his father, Carl Mottram. 'He swam in it every summer.'"]);
    expect(speakerOf(res, 'Jamie loved')).toBe('Carl Mottram');
    expect(speakerOf(res, 'He swam')).toBe('Carl Mottram');
    const bare = analyzeParagraphs(['Jamie Mottram, 14, drowned in the Wyre on Sunday.', '"He was fearless," said his father.']);
    expect(speakerOf(bare, 'He was fearless')).toBe('his father');
    // ... also with modifiers before the role, and after "according to"
    const according = analyzeText('According to her longtime coach, Ivo Rask, the swimmer "never missed a morning."');
    expect(speakerOf(according, 'never missed')).toBe('Ivo Rask');
  });

  it('""...," Whitfield posted." names Whitfield (a weak verb right after the quote and its speaker)', () => {
    const res = analyzeText('"The chief has my full support," Mayor Dana Holt posted on Friday.');
    expect(speakerOf(res, 'The chief')).toBe('Dana Holt');
    const stated = analyzeText('"We did nothing wrong," Kerr stated.');
    expect(speakerOf(stated, 'We did nothing')).toBe('Kerr');
  });
});

describe('fourth round: a quote-only paragraph after "She said ..." reported of the paragraph’s subject', () => {
  it('is hers when "she" surely means her, over paragraphs left open', () => {
    const res = analyzeParagraphs([
      'Maud Ferris has kept the lighthouse café open through 30 winters. She said this one had been the quietest yet.',
      '"Some days nobody comes at all. I bake anyway.',
      '"You never know who the storm will bring in."',
    ]);
    expect(speakerOf(res, 'Some days')).toBe('Maud Ferris');
  });

  it('is left unsure when "she" may be either of two women', () => {
    const res = analyzeParagraphs(['Maud Ferris ran the café with her sister-in-law, Joan Pike. She said the winters were long.', '"Some days nobody comes at all."']);
    expect(speakerOf(res, 'Some days')).toBeNull();
  });
});

describe('fourth round: "the operator said", "The other said"', () => {
  it('"the operator said" is the rail company just named (a word for an organisation, though it reads like a person noun)', () => {
    const res = analyzeText('Harland Rail cancelled 90 trains on Monday. "We are sorry for the disruption," the operator said.');
    expect(speakerOf(res, 'We are sorry')).toBe('Harland Rail');
  });

  it('"the operator said" with two companies in reach is unsure', () => {
    const res = analyzeText('Harland Rail blamed Tessel Signals for the fault. Tessel Signals denied it. "The fault was not ours," the operator said.');
    expect(speakerOf(res, 'The fault')).toBeNull();
  });

  it('"The other said:" after "one of them said" is the other one of the group, as an unnamed person of their own', () => {
    const res = analyzeParagraphs([
      'Two teachers at Bramley High said they had been told to raise pupils’ marks.',
      '"We were told the figures had to go up," one of them said.',
      'The other said: "Nobody asked how."',
    ]);
    expect(speakerOf(res, 'We were told')).toBe('teacher at Bramley High (unnamed)');
    expect(speakerOf(res, 'Nobody asked')).toBe('other teacher at Bramley High (unnamed)');
  });

  it('"the other said" with no group reported names no one', () => {
    const res = analyzeParagraphs(['Ann Lee and Bob Kerr met at noon.', '"It went well," the other said.']);
    expect(speakerOf(res, 'It went well')).toBeNull();
  });
});

describe('fourth round: an unnamed subject with a relative clause before "said"', () => {
  it('"A woman who lives nearby said it was "..."" and "A member of the crew that survived said" are unnamed speakers', () => {
    const res = analyzeText('A man who runs the corner shop said the blast was "like an earthquake."');
    expect(speakerOf(res, 'like an earthquake')).toBe('man (unnamed)');
    const member = analyzeText('A member of the crew that survived said the captain had been "calm to the end."');
    expect(speakerOf(member, 'calm to the end')).toBe('member of the crew (unnamed)');
  });

  it('a name inside the relative clause is never the speaker', () => {
    const res = analyzeText('A nurse who treated Ellis Ward said he was "lucky to be alive."');
    expect(speakerOf(res, 'lucky')).toBe('nurse (unnamed)');
  });
});

describe('fourth round: offices of a role, a name set off after a person noun, described people of the other gender', () => {
  it('"The prime minister’s office said" is that office', () => {
    const res = analyzeText('The prime minister’s office said the talks had been "useful."');
    expect(speakerOf(res, 'useful')).toBe('The prime minister’s office');
  });

  it('"said the winner, Ella Brooks" and "said the winner, eight-year-old Ella Brooks" are Ella Brooks', () => {
    for (const text of ['"I want to thank my dad," said the winner, Ella Brooks.', '"I want to thank my dad," said the winner, eight-year-old Ella Brooks.']) {
      expect(speakerOf(analyzeText(text), 'I want to thank')).toBe('Ella Brooks');
    }
  });

  it('"A 19-year-old man has been arrested." does not make "she added" unsure after the inspector', () => {
    const res = analyzeText('Inspector Ruth Gale said officers were called at 2am. A 19-year-old man has been arrested. "We are not looking for anyone else," she added.');
    expect(speakerOf(res, 'We are not looking')).toBe('Ruth Gale');
  });

  it('"A woman has been arrested." still makes "she added" unsure after the inspector', () => {
    const res = analyzeText('Inspector Ruth Gale said officers were called at 2am. A 19-year-old woman has been arrested. "We are not looking for anyone else," she added.');
    expect(uncertain(res, 'We are not looking')).toBe('Ruth Gale');
  });
});

describe('fourth round: names that are also common words, subjects of a reported clause', () => {
  it('"Brown, 38, said Green had "ruined" his business": Brown (an age makes "Brown" a name; "said Green had" is no inversion)', () => {
    const res = analyzeText('Brown, 38, said Green had "ruined" his business.');
    expect(speakerOf(res, 'ruined')).toBe('Brown');
  });

  it('"Green denied it. "...," he said." after Brown spoke: not Brown for sure (Green, a common word, was named as someone)', () => {
    const res = analyzeText('"He ruined me," said Brown, 38. Green denied it. "I never met him," he said.');
    expect(speakerOf(res, 'I never met')).not.toBe('Brown');
    // ("Green laughed.": a common word opening a sentence is a name when the story named Green before)
    const laughed = analyzeText('"He ruined me," said Brown, 38, of Green, his former partner. Green laughed. "I never met him," he said.');
    expect(speakerOf(laughed, 'I never met')).not.toBe('Brown');
  });

  it('"Covid changed everything. "...," she said.": never Covid (a name the lexicon does not know, before a verb anything may do)', () => {
    const res = analyzeText('Ann Lee said Covid hit the town hard. Covid changed everything. "It was awful," she said.');
    expect(speakerOf(res, 'It was awful')).not.toBe('Covid');
    const okoro = analyzeText('Coach Ian Pike was pleased. Okoro agreed. "We were sharp," he said.');
    expect(speakerOf(okoro, 'We were sharp')).toBe('Okoro');
  });
});

describe('fourth round: a pronoun opening the paragraph after someone was introduced', () => {
  it('"Resident Gwen Ellis, 67, said ..." then ""...," she said." is Ellis, though another woman spoke earlier', () => {
    const res = analyzeParagraphs([
      'Harriet Vole, the chief executive of Penmore Water, faced customers in Tregarth on Thursday.',
      '"We let you down," she said.',
      'Resident Gwen Ellis, 67, said she had been without water for four days.',
      '"I am boiling rainwater for my tea," she said.',
    ]);
    expect(speakerOf(res, 'I am boiling')).toBe('Gwen Ellis');
  });

  it('"Shaw, giving evidence, denied any wrongdoing." then ""...," he said." is Shaw, not the man quoted before', () => {
    const res = analyzeParagraphs([
      'Marco Bellini told the court he had trusted Peter Shaw.',
      '"He took the money and left me with the debts," Bellini said.',
      'Shaw, giving evidence in the afternoon, denied any wrongdoing.',
      '"Every penny is accounted for," he said.',
    ]);
    expect(speakerOf(res, 'Every penny')).toBe('Peter Shaw');
  });

  it('is unsure when a second woman is named after her in that sentence', () => {
    const res = analyzeParagraphs(['Harriet Vole met Gwen Ellis at her home on Friday.', '"It was a hard conversation," she said.']);
    expect(speakerOf(res, 'It was a hard')).toBeNull();
  });
});

describe('fourth round: parliamentary titles, a word the lexicon lacks before a title', () => {
  it('"Local MP Simon Crake said" is Crake (was one organisation "Local MP Simon Crake"), and "the MP said" later is him', () => {
    const res = analyzeParagraphs(['Local MP Simon Crake said the company had been "warned in 2019."', 'The MP said the firm had "done nothing."']);
    expect(speakerOf(res, 'warned in 2019')).toBe('Simon Crake');
    expect(speakerOf(res, 'done nothing')).toBe('Simon Crake');
  });

  it('"the MP said" with no MP named is nobody, never an organisation "MP"', () => {
    const res = analyzeText('The MP said the decision was "shameful."');
    expect(speakerOf(res, 'shameful')).toBeNull();
  });
});

describe('fourth round: the pronoun after a paragraph that quotes its subject', () => {
  it('"Birch ... said she had been "in a very dark place." / "...," she wrote." is Birch, though another woman spoke before', () => {
    const res = analyzeParagraphs([
      '"This was a grave breach of trust," said panel chair Dr Rachel Okafor.',
      'Joanna Birch, who did not attend, said in a written statement that she had been "in a very dark place."',
      '"I am ashamed of what I did," she wrote.',
    ]);
    expect(speakerOf(res, 'I am ashamed')).toBe('Joanna Birch');
  });

  it('stays unsure when that sentence is about someone else too ("His counsel, Ann Reyes, said ...")', () => {
    const res = analyzeParagraphs(['"I was at home," Leona Marsh told the court.', 'Her counsel, Ann Reyes, said the evidence was "thin."', '"The dates do not lie," she said.']);
    expect(speakerOf(res, 'The dates')).toBeNull();
  });
});

describe('fourth round: families, "quoted X as saying"', () => {
  it('"his family said", "the family said", "the Lee family said" after the quote are the family ("family" was read as an adverb)', () => {
    expect(speakerOf(analyzeText('"We are heartbroken by the news," his family said.'), 'We are heartbroken')).toBe('his family');
    expect(speakerOf(analyzeText('"We are heartbroken," the family said in a statement.'), 'We are heartbroken')).toBe('family');
    expect(speakerOf(analyzeText('"We are heartbroken by the news," the Okafor family said.'), 'We are heartbroken')).toBe('Okafor family');
  });

  it('"the family of Ann Lee said", "Friends of Ann Lee said" are the group, never Ann Lee', () => {
    const after = analyzeText('"We are heartbroken by the news," the family of Nell Carver said.');
    expect(speakerOf(after, 'We are heartbroken')).toBe('the family of Nell Carver');
    const before = analyzeText('Friends of Nell Carver said she was "the kindest soul."');
    expect(speakerOf(before, 'the kindest')).toBe('Friends of Nell Carver');
  });

  it('"The paper quoted an unnamed minister as saying ..." is the minister, never the paper', () => {
    const res = analyzeText('The Courier quoted an unnamed minister as saying the plan was "dead in the water."');
    expect(speakerOf(res, 'dead in the water')).toBe('minister (unnamed)');
    const named = analyzeText('The Courier quoted Ann Lee as saying the plan was "dead."');
    expect(speakerOf(named, 'dead')).toBe('Ann Lee');
  });
});

describe('fourth round: a score after a team is no verb', () => {
  it('"as Brentmoor beat Ashgate 3-1": Ashgate is no subject, and the main clause’s subject is the likelier "23-year-old"', () => {
    const res = analyzeParagraphs([
      'Striker Callum Ayres scored twice as Brentmoor beat Ashgate 3-1 on Saturday.',
      '"It has been a tough few weeks," said the 23-year-old, who had not scored since August.',
    ]);
    const q = quoteOf(res, 'It has been');
    expect(nameOf(res, q.speakerId ?? q.suggestedSpeakerId)).toBe('Callum Ayres');
  });
});

describe('fourth round: speakers listed together', () => {
  it('"Ann Lee, Tom Dyer and Sue Moss said" is all three; "said Ann Lee and Tom Dyer" is both', () => {
    const three = analyzeText('Ann Lee, Tom Dyer and Sue Moss said in a joint letter that the plan was "unworkable."');
    expect(speakerOf(three, 'unworkable')).toBe('Ann Lee, Tom Dyer and Sue Moss');
    const two = analyzeText('"It is a sad day," said Ann Lee and Tom Dyer, who ran the shop together for 30 years.');
    expect(speakerOf(two, 'It is a sad day')).toBe('Ann Lee and Tom Dyer');
  });
});

describe('fourth round: capitalised titles after "the"', () => {
  it('"The Prime Minister said:" is the role (its holder, else no one), never a person called "Minister"', () => {
    const alone = analyzeText("The Prime Minister said: 'We will not be blown off course.'");
    expect(speakerOf(alone, 'We will not')).toBeNull();
    const held = analyzeText("Prime Minister Rhona Teal flew home on Sunday. The Prime Minister said: 'We will not be blown off course.'");
    expect(speakerOf(held, 'We will not')).toBe('Rhona Teal');
    const treasury = analyzeText('The Treasury said: "We do not comment on speculation."');
    expect(speakerOf(treasury, 'We do not')).toBe('Treasury');
  });
});

describe('fourth round: a phrase between the quote and a subject with appositives', () => {
  it('"..." to take over the contract if asked, the chairman, Ian Roe, said on Monday.', () => {
    const res = analyzeText('"We are ready" to take over the contract if asked, the company’s chairman, Ian Roe, said on Monday.');
    expect(speakerOf(res, 'We are ready')).toBe('Ian Roe');
  });

  it('""Enough is enough," Bell, 54, a father of three from Leeds who has lived there since 1990, said."', () => {
    const res = analyzeText('"Enough is enough," Bell, 54, a father of three from Leeds who has lived on the estate since 1990, said.');
    expect(speakerOf(res, 'Enough is enough')).toBe('Bell');
  });

  it('a speech verb of someone else between the quote and the cue still names no one for sure', () => {
    const res = analyzeText('"We are ready" to take over, the minister told Ann Lee, who said she was "glad."');
    expect(speakerOf(res, 'We are ready')).not.toBe('Ann Lee');
  });
});

describe('fourth round: "The club’s statement read:"', () => {
  it('is the club’s words (the organisation the story named, or "the club")', () => {
    const res = analyzeText('The club’s statement read: "We are aware of the allegations and are investigating."');
    expect(speakerOf(res, 'We are aware')).toBe('the club');
    const named = analyzeText('Brentmoor Rovers suspended its coach on Friday. The club’s statement read: "We are investigating."');
    expect(speakerOf(named, 'We are investigating')).toBe('Brentmoor Rovers');
  });
});

describe('fourth round: a speech verb whose subject is a thing', () => {
  it('"The new meters, which tell the office when they fail, have been "broken" for weeks." reports no quote', () => {
    const res = analyzeText('The new meters, which tell the office when they fail, have been "broken" for weeks.');
    expect(res.quotes).toHaveLength(0);
  });

  it('"The report, which says the plan is "..."" is still the report’s words', () => {
    const res = analyzeText('The report, which says the plan is "deeply flawed and costly," was published on Monday.');
    expect(speakerOf(res, 'deeply flawed')).toBe('the report');
  });

  it('a person’s speech verb in the sentence still makes a one-word quote speech', () => {
    const res = analyzeText('Ann Lee told the council the meters were "broken."');
    expect(speakerOf(res, 'broken')).toBe('Ann Lee');
  });
});

describe('fourth round: a quote with its own cue is never given to a later speaker', () => {
  it('"The Prime Minister said: "..." Labour’s leader called it "..."": the first is not Labour’s leader’s', () => {
    const res = analyzeText("The Prime Minister said: 'We will not be blown off course.' Labour's leader called it 'a government in chaos'.");
    expect(speakerOf(res, 'We will not')).toBeNull();
  });
});

describe('fifth round: a first name before a surname that is also a place', () => {
  it('"The driver’s sister, Carol Bedford, said ..." makes Bedford the "she" who speaks next, not the unnamed sister', () => {
    const res = analyzeParagraphs([
      'Police are still searching for a lorry driver missing since Friday.',
      'The driver’s sister, Carol Bedford, said the family had heard nothing. "He always phones on a Sunday," she said.',
    ]);
    expect(speakerOf(res, 'He always phones')).toBe('Carol Bedford');
  });

  it('"Margaret Carlisle said" is a person, not an organisation', () => {
    const res = analyzeText('Margaret Carlisle said the bus was "late every single day."');
    expect(speakerOf(res, 'late every')).toBe('Margaret Carlisle');
    expect(res.cast.find((c) => c.name === 'Margaret Carlisle')?.kind).toBe('person');
  });
});

describe('fifth round: the subject of the sentence just before a pronoun, when the pick is someone else', () => {
  it('"Tamsin Okoye said she ... "...," she said." after another woman’s quote is Okoye (a name the lexicon does not know before a speech verb)', () => {
    const res = analyzeParagraphs([
      'Tamsin Okoye won the 400 metres in a championship record on Sunday.',
      '"She ran the bend like nobody I have coached," said her coach, Rhona Little.',
      'Tamsin Okoye said she had been sick with nerves all morning. "I could not eat a thing," she said.',
    ]);
    expect(speakerOf(res, 'I could not eat')).toBe('Tamsin Okoye');
  });

  it('"Okoye, a student from Fernhill, said she ... "...," she said." is not the coach quoted in the paragraph before: unsure at worst', () => {
    const res = analyzeParagraphs([
      'Tamsin Okoye won the 400 metres and Redcastle took the relay on Sunday.',
      '"She ran the bend like nobody I have coached," Redcastle coach Rhona Little said. "We just let her go."',
      'Okoye, a student from Fernhill, said she had been sick with nerves all morning. "I could not eat a thing," she said. "Then the gun went."',
    ]);
    expect(speakerOf(res, 'I could not eat')).not.toBe('Rhona Little');
    expect(speakerOf(res, 'Then the gun')).not.toBe('Rhona Little');
  });

  it('the pick who quoted earlier in the same paragraph keeps the quote ("Campaigner Ian Voss said ... "..." "...," he said.")', () => {
    const res = analyzeParagraphs([
      'Harbour Water apologised for the leak. "We let our customers down," the company said.',
      'Campaigner Ian Voss said an apology was "too little." "They should pay for the clean-up," he said.',
    ]);
    expect(speakerOf(res, 'They should pay')).toBe('Ian Voss');
  });
});

describe('fifth round: a document "by" or "from" someone as the subject', () => {
  it('"A review by the Centre for Rural Policy said" is the review, never a name in its phrase', () => {
    const res = analyzeText('A review by the Centre for Rural Policy, a research group in Leeds, said bus cuts had left villages "cut off from the world."');
    expect(speakerOf(res, 'cut off')).toBe('the review');
  });

  it('"A letter from Brand Holdings said" is the letter; "a memo written by Ann Dey" is still Dey’s', () => {
    const res = analyzeText('A letter from Brand Holdings said the offer was "final."');
    expect(speakerOf(res, 'final')).toBe('the letter');
    const memo = analyzeText('A memo written by Ann Dey said the plan was "not ready."');
    expect(speakerOf(memo, 'not ready')).toBe('Ann Dey');
  });
});

describe('fifth round: a name after a place preposition right before the verb', () => {
  it('"The father of a man who drowned after a fishing trip in Selham told an inquest ..." names no one (Selham is where, not who)', () => {
    const res = analyzeText('The father of a man who drowned after a fishing trip in Selham told an inquest on Monday that his son had been "a strong swimmer."');
    uncertain(res, 'a strong swimmer');
  });

  it('"The deal collapsed after Ann Roe said ..." is still Roe, and "with Roe noting" still hers', () => {
    expect(speakerOf(analyzeText('The deal collapsed after Ann Roe said it was "dead in the water."'), 'dead in')).toBe('Ann Roe');
    expect(speakerOf(analyzeText('Talks went on late, with Ann Roe noting the offer "still stands."'), 'still stands')).toBe('Ann Roe');
  });
});

describe('fifth round: an organisation noun set off after a name the lexicon does not know', () => {
  it('"Quorvane, the payments company, said ..." then "the company said" is Quorvane, never an unnamed "the company"', () => {
    const res = analyzeParagraphs([
      'Quorvane, the payments company, said on Monday that an outage had stopped card payments for six hours.',
      'In a post on its website, the company said the fault was "a failed hardware update."',
    ]);
    expect(speakerOf(res, 'a failed hardware')).toBe('Quorvane');
    expect(res.cast.find((c) => c.name === 'Quorvane')?.kind).toBe('organization');
  });

  it('"Tom Vell, the group’s founder, said" stays a person', () => {
    expect(speakerOf(analyzeText('Tom Vell, the group’s founder, said the sale was "not on the table."'), 'not on the')).toBe('Tom Vell');
  });
});

describe('fifth round: a continuation after a name the lexicon does not know became the subject', () => {
  // (round 16: named, no longer only suggested: a verb only a person does, in the sentence just
  // before in the quote's paragraph, names who speaks, as "Curtis Lyle was blunt. "..."" does)
  it('"Tova Brinck laughed. "..."" after another woman’s quote is not hers to continue: Brinck’s', () => {
    const res = analyzeParagraphs(['"We argue about every song," Greta Holm said.', 'Tova Brinck laughed. "Greta starts every argument."']);
    expect(speakerOf(res, 'Greta starts')).toBe('Tova Brinck');
  });
});

describe('fifth round: a name inside "a spokesman for ..." is never the one speaking', () => {
  it('"A spokeswoman for Harbour Ferries said: "..."" is the unnamed spokeswoman', () => {
    const res = analyzeText('A spokeswoman for Harbour Ferries said: "Sailings will resume at noon."');
    expect(speakerOf(res, 'Sailings will')).toBe('spokeswoman for Harbour Ferries (unnamed)');
  });

  it('"A spokesman for Harbour Ferries said ... "...," he said." names no one rather than the company as "he"', () => {
    const res = analyzeText('A spokesman for Harbour Ferries said crews had worked all night. "We expect a normal timetable tomorrow," he said.');
    expect(speakerOf(res, 'We expect a normal')).not.toBe('Harbour Ferries');
  });
});

describe('fifth round: a pronoun’s pick that wins only by a gender the nearer subject was never given', () => {
  it('"Winger Jon Orr was sent off. His manager, Ray Colby, was livid. / "...," he said." names no one', () => {
    const res = analyzeParagraphs(['Winger Jon Orr was sent off in the 85th minute. His manager, Ray Colby, was livid with the referee.', '"That was never a second yellow," he said.']);
    uncertain(res, 'That was never');
  });

  it('with the nearer subject a "she", the "he" is still the man', () => {
    const res = analyzeParagraphs(['Winger Max Orr was booked twice and sent off before half-time. His coach, Kate Farrell, was livid with the officials.', '"I let the team down," he said.']);
    expect(speakerOf(res, 'I let the team')).toBe('Max Orr');
  });
});

describe('sixth round: a pronoun after someone a clause keeps unnamed', () => {
  it('is theirs when the clause says they are not named (relative clause set off, a phrase after the noun)', () => {
    const res = analyzeParagraphs([
      'Dr Omar Reyes, the county’s chief vet, said the outbreak was contained. “We have tested every farm within ten miles,” he said.',
      'A farmer in the valley, who did not want to be named, said she had lost half her flock. “I do not know how we will get through the winter,” she said.',
    ]);
    expect(speakerOf(res, 'We have tested')).toBe('Omar Reyes');
    expect(speakerOf(res, 'I do not know')).toBe('farmer in the valley (unnamed)');
  });

  it('is theirs past a relative clause and "speaking on condition of anonymity", and in the next paragraph', () => {
    const res = analyzeParagraphs([
      'The fire chief, Tom Hale, praised his crews. “They worked through the night,” Hale said.',
      'A firefighter who was at the scene in Dunmore, speaking on condition of anonymity because he was not allowed to talk to reporters, was less positive.',
      '“We had no water for the first hour,” he said.',
    ]);
    expect(speakerOf(res, 'They worked')).toBe('Tom Hale');
    expect(speakerOf(res, 'We had no water')).toBe('firefighter (unnamed)');
  });

  it('a relative clause running on to the speech verb ("A man who asked not to be named said")', () => {
    const res = analyzeParagraphs([
      'Mayor Tom Price opened the bridge. “It took ten years,” he said.',
      'A man who asked not to be named said the bridge had cost too much. “It is a bridge to nowhere,” he said.',
    ]);
    expect(speakerOf(res, 'It is a bridge')).toBe('man (unnamed)');
  });

  // (round 9: someone new - "a", "an", "one" - who is the subject of the sentence just before is who
  // the pronoun is, named person in reach or not; this was uncertain, with Ann Cole suggested, before)
  it('the described person who became the subject, though not kept unnamed (a phrase and a clause set off)', () => {
    const res = analyzeParagraphs([
      'Ann Cole, the head of the trust, said waiting lists were shorter. “We are turning a corner,” she said.',
      'A nurse at the hospital, who has worked there for 20 years, said staff were exhausted. “We cannot go on like this,” she said.',
    ]);
    expect(speakerOf(res, 'We are turning')).toBe('Ann Cole');
    expect(speakerOf(res, 'We cannot go on')).toBe('nurse at the hospital (unnamed)');
  });

  it('names no one when someone else is named after the unnamed source, and not them when the gender rules them out', () => {
    const named = analyzeParagraphs([
      'Mayor Tom Price opened the bridge. “It took ten years,” he said.',
      'A woman who asked not to be named said Price had ignored the residents. “He never listens,” she said.',
    ]);
    expect(uncertain(named, 'He never listens')).not.toBe('woman (unnamed)');
    const other = analyzeParagraphs([
      'Councillor Jane Bright backed the plan. “It is overdue,” she said.',
      'A man at the meeting, who asked not to be named, said it would close his shop. “I was never asked,” she said.',
    ]);
    expect(nameOf(other, quoteOf(other, 'I was never asked').speakerId)).not.toBe('man at the meeting (unnamed)');
  });
});

describe('sixth round: documents, banners and placards speaking', () => {
  it('"according to the citation" inside someone else’s sentence is the citation’s', () => {
    const res = analyzeText(
      '“We never stopped,” said Ray Doe, 40, who received a medal on Friday for work that, according to the citation, “saved dozens of lives.”',
    );
    expect(speakerOf(res, 'We never stopped')).toBe('Ray Doe');
    expect(speakerOf(res, 'saved dozens')).toBe('the citation');
  });

  it('"read one banner", "read one placard": the banner, never the marchers named next', () => {
    const res = analyzeParagraphs([
      'Hundreds marched to the hospital on Saturday. “Hands off our wards,” read one placard. Nurses chanted outside the main gate.',
    ]);
    expect(speakerOf(res, 'Hands off')).toBe('placard');
  });
});

describe('sixth round: "a group of ..." is the people or bodies it counts', () => {
  it('a collective noun before plural nouns the lexicon does not know as people', () => {
    const res = analyzeText('A coalition of rural parishes said in a joint letter that the closures were “a betrayal of the villages.”');
    expect(speakerOf(res, 'a betrayal')).toBe('rural parishes');
  });

  it('and not when what follows "of" is a name or a pronoun', () => {
    const res = analyzeText('A group of them said the plan was “rushed and unfair.”');
    expect(speakerOf(res, 'rushed')).not.toBe('them');
  });
});

describe('sixth round: a name after "in the" is no subject; "the paper"', () => {
  it('"The paper, published in the Baltic Medical Journal, describes ...": the paper, never the journal', () => {
    const res = analyzeText('The paper, published in the Baltic Medical Journal, describes the benefit as “small but real.”');
    expect(speakerOf(res, 'small but real')).toBe('the paper');
  });

  it('a name after a preposition and an article is not the subject even when no document opens the sentence', () => {
    const res = analyzeText('The trial, described in the Ashby Medical Journal, calls the drug “safe and effective.”');
    expect(speakerOf(res, 'safe and effective')).not.toBe('Ashby Medical Journal');
  });

  it('"the paper said" after a newspaper is named is that newspaper', () => {
    const res = analyzeText('The Harwick Gazette has apologised to the mayor. “We got it wrong,” the paper said in an editorial.');
    expect(speakerOf(res, 'We got it wrong')).toBe('Harwick Gazette');
  });
});

describe('sixth round: the named subject of the sentence just before a pronoun', () => {
  it('after a capitalised word opening a British-spelled title ("Union organiser Ravi Menon")', () => {
    const res = analyzeParagraphs([
      'Westway Trains said in a statement that it had hired 30 new drivers.',
      'Union organiser Ravi Menon said the firm had been warned for years. “They cut training to save money,” he said.',
    ]);
    expect(speakerOf(res, 'They cut training')).toBe('Ravi Menon');
  });

  it('past a name inside a relative clause set off after the subject', () => {
    const res = analyzeParagraphs([
      'Scotland’s captain, Euan Moir, will win his 60th cap on Saturday.',
      '‘I still remember the first one,’ Moir said.',
      'Ireland coach Declan Rooney, who coached Moir at school, said he had always known. ‘He was the best boy I ever coached,’ he said.',
    ]);
    expect(speakerOf(res, 'I still remember')).toBe('Euan Moir');
    expect(speakerOf(res, 'He was the best boy')).toBe('Declan Rooney');
  });

  it('the other man named again in what the subject is reported saying leaves the pronoun with the subject', () => {
    // (this named no one until round 12: a person inside the reported clause after "said" was a
    // rival; across every part that caution left six quotes unattributed and saved no wrong speaker)
    const res = analyzeParagraphs([
      'Scotland’s captain, Euan Moir, will win his 60th cap on Saturday.',
      '‘I still remember the first one,’ Moir said.',
      'Ireland coach Declan Rooney, who coached Moir at school, said Moir had been unlucky with injuries. ‘He should have had a hundred caps by now,’ he said.',
    ]);
    expect(speakerOf(res, 'He should have had')).toBe('Declan Rooney');
  });
});

describe('sixth round: "the cellist said" after "Its cellist, Jonas Ebert,"', () => {
  it('a person noun after a possessive, with the name set off after it, is who the story later calls by it', () => {
    const res = analyzeParagraphs([
      'The Dunmore Trio gave its last concert on Friday. Its pianist, Karl Weiss, is the only founder left. The violinist, Otto Brand, joined in 2001.',
      '“I will miss every rehearsal,” the pianist said.',
    ]);
    expect(speakerOf(res, 'I will miss')).toBe('Karl Weiss');
  });

  it('"her landlord, Doreen Platt," is "the landlord" two sentences on', () => {
    const res = analyzeParagraphs([
      'When Ada Osei opened a cafe in 2019, her landlord, Doreen Platt, gave her six months.',
      'Five years later the cafe employs eleven people.',
      '“I was wrong,” the landlord said.',
    ]);
    expect(speakerOf(res, 'I was wrong')).toBe('Doreen Platt');
  });

  it('names no one when two people were set off after that noun', () => {
    const res = analyzeParagraphs([
      'The band has had two drummers. Its first drummer, Karl Weiss, left in 1990. Its second drummer, Otto Brand, joined in 2001.',
      '“I will miss every rehearsal,” the drummer said.',
    ]);
    expect(quoteOf(res, 'I will miss').speakerId).toBeNull();
  });
});

describe('sixth round: the organisation after the subject’s name is no one the pronoun stops at', () => {
  it('"Analyst Camille Dorne of Berrin Securities said ... / "...," she said." after another woman spoke', () => {
    const res = analyzeParagraphs([
      '“Orders have not recovered,” said Ingrid Halvorsen, Forsa’s finance director, on a call with analysts.',
      'Analyst Camille Dorne of Berrin Securities said the cut was larger than feared. “They are running out of excuses,” she said.',
    ]);
    expect(speakerOf(res, 'They are running')).toBe('Camille Dorne');
  });

  it('the other woman named in the reported clause leaves the pronoun with the subject (round 12; no one before)', () => {
    const res = analyzeParagraphs([
      '“Orders have not recovered,” said Ingrid Halvorsen, Forsa’s finance director, on a call with analysts.',
      'Analyst Camille Dorne of Berrin Securities said Halvorsen had been too cautious. “She is being honest,” she said.',
    ]);
    expect(speakerOf(res, 'She is being honest')).toBe('Camille Dorne');
  });
});

describe('sixth round: "“...,” the 70-year-old said" and "Two nurses spoke to ..."', () => {
  it('an age epithet before the verb is resolved like a pronoun, as after it', () => {
    const res = analyzeParagraphs(['A neighbour, Joan Fife, said she heard shouting. “It went on for an hour,” the 70-year-old said.']);
    expect(speakerOf(res, 'It went on')).toBe('Joan Fife');
  });

  it('and is unsure when the pronoun rules are (a named man quoted in the paragraph before, another the subject since)', () => {
    const res = analyzeParagraphs([
      '“We were poor in the first half,” said the manager, Ian Moss.',
      'Moss praised his goalkeeper. Goalkeeper Tim Bell said little, and striker Sam Cole was booked twice. “We got lucky,” the 19-year-old said.',
    ]);
    expect(quoteOf(res, 'We got lucky').speakerId).not.toBe('Ian Moss');
  });

  it('"One said" after "Two nurses spoke to the Courier" is one of the nurses', () => {
    const res = analyzeParagraphs(['Two nurses spoke to the Courier on Monday. One said the ward was “dangerously understaffed.”']);
    expect(speakerOf(res, 'dangerously')).toBe('nurse (unnamed)');
  });
});

describe('sixth round: a pronoun after "A spokesperson for the airline said ..."', () => {
  it('is the spokesperson when no one named is in reach', () => {
    const res = analyzeText('A spokesperson for the airline said passengers would be refunded. “We apologise for the disruption,” she said.');
    expect(speakerOf(res, 'We apologise')).toBe('spokesperson for the airline (unnamed)');
  });

  // (round 9: the spokesperson, the subject of the sentence just before, though a named woman was
  // quoted before; this was uncertain, with Ann Cole suggested, before)
  it('is the spokesperson though a named woman was quoted before', () => {
    const res = analyzeParagraphs([
      'Passenger Ann Cole said she had waited nine hours. “Nobody told us anything,” she said.',
      'A spokesperson for the airline said passengers would be refunded. “We apologise for the disruption,” she said.',
    ]);
    expect(speakerOf(res, 'Nobody told us')).toBe('Ann Cole');
    expect(speakerOf(res, 'We apologise')).toBe('spokesperson for the airline (unnamed)');
  });
});

describe('sixth round: "by Labour’s housing spokesman, Dan Ford" and "in the words of"', () => {
  it('an owner’s role with a modifier, the name set off after it, after "said" or a passive "by"', () => {
    const said = analyzeText('“It is reckless,” said Labour’s housing spokesman, Dan Ford.');
    expect(speakerOf(said, 'It is reckless')).toBe('Dan Ford');
    const passive = analyzeText('The plan was described as “reckless” by Labour’s housing spokesman, Dan Ford.');
    expect(speakerOf(passive, 'reckless')).toBe('Dan Ford');
  });

  it('"in the words of one former colleague" is that colleague, unnamed', () => {
    const res = analyzeText('He was, in the words of one former colleague, “the hardest-working man in the newsroom.”');
    expect(speakerOf(res, 'the hardest-working')).toBe('former colleague (unnamed)');
  });
});

describe('sixth round: someone the quote names in the third person is not who its pronoun is', () => {
  it('"“I do the fun bit and Sam does the boring bit,” she said." is not Sam’s', () => {
    const res = analyzeParagraphs([
      'Ella Marsh, 34, runs a dog-walking business in Hove. Her partner, Sam, does the accounts.',
      '“I do the fun bit and Sam does the boring bit,” she said.',
      '“That’s not how I’d put it,” Sam said.',
    ]);
    expect(speakerOf(res, 'I do the fun bit')).toBe('Ella Marsh');
    expect(speakerOf(res, 'That’s not how')).toBe('Sam');
  });

  it('and stays unsure, suggesting them, when no one else is in reach', () => {
    const res = analyzeParagraphs(['Mark Hale was sacked on Friday.', '“Hale never listened to anyone,” she said.']);
    expect(quoteOf(res, 'Hale never').speakerId).toBeNull();
  });
});

describe('sixth round: a person of the other gender named after the subject', () => {
  it('"Defending, Emma Clague said Mr Garvey had been drinking. “...,” she said." is Clague’s', () => {
    const res = analyzeParagraphs([
      '‘The messages went on for months,’ said Ravi Sahota, prosecuting.',
      'Defending, Emma Clague said Mr Garvey had been drinking heavily. ‘He is deeply ashamed,’ she said.',
    ]);
    expect(speakerOf(res, 'He is deeply')).toBe('Emma Clague');
  });

  it('the person named after "said" may be "she" too, and the pronoun is still the subject’s (round 12; no one before)', () => {
    const res = analyzeParagraphs(['Gillian Stroud said Mrs Kay Lund had been planning a trip. “She had everything to live for,” she said.']);
    expect(speakerOf(res, 'She had everything')).toBe('Gillian Stroud');
  });

  it('look-alike: the other woman as the subject of a sentence of her own still makes the pronoun for review', () => {
    const res = analyzeParagraphs(['Gillian Stroud said Mrs Kay Lund had been planning a trip. Mrs Lund had booked a cruise. “She had everything to live for,” she said.']);
    expect(quoteOf(res, 'She had everything').speakerId).not.toBe(res.cast.find((c) => c.name === 'Gillian Stroud')?.id);
  });
});

describe('seventh round: a pronoun right after someone new, indefinite and unnamed, became the subject', () => {
  // (round 9: when the newcomer is the subject of a sentence with a speech verb, the pronoun just
  // after is theirs, the person named before or not; these were uncertain before)
  it('is the newcomer, not the person named before ("A woman who lost her bakery ... said")', () => {
    const res = analyzeParagraphs([
      'The blaze was out by Friday, said fire chief Paula Grant of the county service.',
      'A woman who lost her bakery in the fire said she would rebuild. “There is nothing else I know how to do,” she said.',
    ]);
    expect(speakerOf(res, 'There is nothing')).toBe('woman (unnamed)');
  });

  it('also past two relative clauses ("An engineer who inspected it, and who had worked on it, said")', () => {
    const res = analyzeParagraphs([
      'Senator Joe Kemp opened the hearing on the dam.',
      'An engineer who inspected it last spring, and who had worked on it for ten years, said he had warned the state. “Nobody listened,” he said.',
    ]);
    expect(speakerOf(res, 'Nobody listened')).toBe('engineer (unnamed)');
  });

  it('keeps the pick when the noun’s gender rules the newcomer out, and when the newcomer is the pick', () => {
    const res = analyzeParagraphs([
      'Mayor Ruth Odell opened the new library on Saturday.',
      'A man who has lived on the street for 40 years said it was overdue. “It is lovely,” she said.',
    ]);
    expect(speakerOf(res, 'It is lovely')).toBe('Ruth Odell');
  });
});

describe('seventh round: a pick only ever named after a place preposition', () => {
  it('"off Dunnet Head" is no sure "he" ("A keeper who lived there ... said ...")', () => {
    const res = analyzeParagraphs([
      'A lighthouse stands on a rock off Dunnet Head.',
      'Its last keeper lived there for years. “You felt alive out there,” he said.',
    ]);
    expect(speakerOf(res, 'You felt alive')).not.toBe('Dunnet Head');
    expect(quoteOf(res, 'You felt alive').speakerId).toBeNull();
  });
});

describe('seventh round: a gender known only from a first name does not rule the subject out', () => {
  it('"Shaw said the secret was the tea. “...,” she said." after "Bernie Shaw" is unsure, not the other woman', () => {
    const res = analyzeParagraphs([
      'Maureen Cole, 70, and Bernie Shaw both sing in the choir.',
      '“I have sung here for fifty years,” Cole said.',
      'Shaw said the secret was the tea. “Lots of tea and no gossip,” she said.',
    ]);
    expect(speakerOf(res, 'I have sung')).toBe('Maureen Cole');
    expect(uncertain(res, 'Lots of tea')).toBe('Maureen Cole');
  });

  it('an honorific still rules them out ("Mr Shaw")', () => {
    const res = analyzeParagraphs([
      'Maureen Cole, 70, sings in the choir with her neighbour, Mr Bernie Shaw.',
      'Mr Shaw said the secret was the tea. “Lots of tea and no gossip,” she said.',
    ]);
    expect(speakerOf(res, 'Lots of tea')).toBe('Maureen Cole');
  });
});

describe('seventh round: a name set off after a document', () => {
  it('"According to the complaint, Dana Pike “...”" is the complaint’s, not Pike’s', () => {
    const res = analyzeParagraphs(['A former mayor of Tressel has been charged with fraud.', 'According to the complaint, Dana Pike “knowingly hid the payments from auditors.”']);
    expect(speakerOf(res, 'knowingly hid')).toBe('the complaint');
  });

  it('a person named after "according to" a person noun is still who is meant', () => {
    const res = analyzeText('According to her coach, Ivo Rask, she “never misses a session.”');
    expect(speakerOf(res, 'never misses')).toBe('Ivo Rask');
  });
});

describe('seventh round: names joined by an ampersand are one firm', () => {
  it('"Pike & Lowe, the furniture retailer, ... the company said" is Pike & Lowe', () => {
    const res = analyzeParagraphs(['Pike & Lowe, the furniture retailer, said it would shut ten stores.', 'In a filing, the company said sales had been “disappointing.”']);
    expect(speakerOf(res, 'disappointing')).toBe('Pike & Lowe');
  });
});

describe('seventh round: a pronoun opening a paragraph after two people of its gender', () => {
  it('is unsure when both were main subjects there and neither has spoken', () => {
    const res = analyzeParagraphs([
      'Jenna Walsh, the union’s lead negotiator, met management on Tuesday. The company’s vice president, Carla Duarte, left early.',
      '“We are not close,” she said.',
    ]);
    expect(uncertain(res, 'We are not close')).toBe('Carla Duarte');
  });

  it('still names the last subject when the other is of the other gender', () => {
    const res = analyzeParagraphs([
      'Tom Walsh, the union’s lead negotiator, met management on Tuesday. The company’s vice president, Carla Duarte, left early.',
      '“We are not close,” she said.',
    ]);
    expect(speakerOf(res, 'We are not close')).toBe('Carla Duarte');
  });
});

describe('seventh round: a described subject with an appositive or an age set off', () => {
  it('"His quarterback, a transfer from Oakdale State, threw four interceptions." makes "he said" unsure', () => {
    const res = analyzeParagraphs([
      'Coach Dan Evers watched from the sideline. His quarterback, a transfer from Oakdale State, threw four interceptions.',
      '“It was ugly,” he said.',
    ]);
    expect(uncertain(res, 'It was ugly')).toBe('Dan Evers');
  });

  it('"His father, 88, still walks the rows" makes "he says" unsure', () => {
    const res = analyzeParagraphs(['Marco Bianchi took over the vineyard in 2002.', 'His father, 88, still walks the rows every morning.', '“I was wrong about him,” he says.']);
    expect(quoteOf(res, 'I was wrong').speakerId).toBeNull();
  });
});

describe('seventh round: the last speaker spoke of someone by the very pronoun', () => {
  it('"“She played better today,” Holt said. / “I just hung on,” she said." is unsure', () => {
    const res = analyzeParagraphs(['Kim Lee beat Sara Holt in the final. Holt had beaten Lee twice this year.', '“She played better today,” Holt said.', '“I just hung on,” she said.']);
    expect(speakerOf(res, 'She played')).toBe('Sara Holt');
    expect(uncertain(res, 'I just hung on')).toBe('Sara Holt');
  });

  it('stays theirs when the quote spoke of no one by that pronoun', () => {
    const res = analyzeParagraphs(['Kim Lee beat Sara Holt in the final. Holt had beaten Lee twice this year.', '“I played badly today,” Holt said.', '“I need a rest,” she said.']);
    expect(speakerOf(res, 'I need a rest')).toBe('Sara Holt');
  });
});

describe('seventh round: "the company said" that finds no organisation', () => {
  it('is unsure when a name that is no one’s for sure was a subject ("Greenfield Mining said")', () => {
    const res = analyzeParagraphs([
      'Greenfield Mining said output fell 8%. Chief executive Tom Vance blamed the weather.',
      '“It was the wettest quarter on record,” the company said.',
    ]);
    expect(quoteOf(res, 'It was the wettest').speakerId).toBeNull();
    expect(quoteOf(res, 'It was the wettest').ambiguous).toBe(true);
  });

  it('stays "the company" when the story names no one who might be it', () => {
    const res = analyzeParagraphs(['Chief executive Tom Vance blamed the weather for a fall in output.', '“It was the wettest quarter on record,” the company said.']);
    expect(speakerOf(res, 'It was the wettest')).toBe('the company');
  });
});

describe('seventh round: a sentence opening with a document and a phrase after it', () => {
  it('"A letter from the bank to customers described the fees as “...”" is the letter’s', () => {
    const res = analyzeText('A letter from the bank to customers described the fees as “necessary.”');
    expect(speakerOf(res, 'necessary')).toBe('the letter');
  });

  it('"The report, by the Centre for Rail Policy, called the line “...”" is the report’s', () => {
    const res = analyzeText('The report, by the Centre for Rail Policy, called the line “a white elephant.”');
    expect(speakerOf(res, 'a white elephant')).toBe('the report');
  });

  it('not a document inside an opening phrase, nor "a memo written by" someone', () => {
    const res = analyzeParagraphs(['Orrin Foods cut its forecast.', 'In a statement to the stock exchange, the company said trading had been “weak.”', 'A memo written by Ann Dey said the plan was “doomed.”']);
    expect(speakerOf(res, 'weak')).toBe('Orrin Foods');
    expect(speakerOf(res, 'doomed')).toBe('Ann Dey');
  });
});

describe('eighth round: a name inside a phrase describing someone else is not the speaker', () => {
  it('a name inside a relative clause describing the subject ("A pensioner whose hip operation was cancelled twice by Rowan Vale Hospital has called ...")', () => {
    const res = analyzeText('A pensioner whose hip operation was cancelled twice by Rowan Vale Hospital has called the delay “shameful.”');
    expect(uncertain(res, 'shameful')).toBe('Rowan Vale Hospital');
  });

  it('a name ending a relative clause with no preposition ("A nurse whose patient was Ada Crane has called ...")', () => {
    const res = analyzeText('A nurse whose first patient was Ada Crane has called the ward “a second home.”');
    expect(speakerOf(res, 'a second home')).not.toBe('Ada Crane');
  });

  it('keeps the speaker named before the phrase ("Coach Dan Wills of Kelby Rovers called ...")', () => {
    const res = analyzeText('Coach Dan Wills of Kelby Rovers called the draw “a fair result.”');
    expect(speakerOf(res, 'a fair result')).toBe('Dan Wills');
  });

  it('keeps a speaker after a relative clause closed by a comma ("Ann Vole, who runs the Kelby shop, said")', () => {
    const res = analyzeText('Ann Vole, who runs the shop at Kelby Wharf, said trade was “better than last year.”');
    expect(speakerOf(res, 'better than last')).toBe('Ann Vole');
  });
});

describe('eighth round: a name after a naming participle is what is named', () => {
  it('"the ship, named Arden," is no speaker: unsure', () => {
    const res = analyzeText('The coastguard said the ship, named Arden, had been “drifting for hours.”');
    expect(speakerOf(res, 'drifting for hours')).not.toBe('Arden');
    expect(quoteOf(res, 'drifting for hours').speakerId).toBeNull();
  });

  it('a person noun before it makes the name that person\'s ("a baker named Tess Orme said")', () => {
    const res = analyzeText('“We sold out by nine,” said a baker named Tess Orme.');
    expect(speakerOf(res, 'We sold out')).toBe('Tess Orme');
  });
});

describe('eighth round: a described label with a name set off after it', () => {
  it('is that name ("A longtime neighbour, the painter Iris Quell, called ...")', () => {
    const res = analyzeText('A longtime neighbour, the painter Iris Quell, called the old man “the kindest person on the street.”');
    expect(speakerOf(res, 'the kindest person')).toBe('Iris Quell');
  });

  it('a first name given in the label\'s relative clause ("a man who would give only his first name, Tomas")', () => {
    const res = analyzeText('“The water came up to the windows,” said a man who would give only his first name, Tomas.');
    expect(speakerOf(res, 'The water came')).toBe('Tomas');
  });

  it('keeps the described person when no name is given ("a man who asked not to be named")', () => {
    const res = analyzeText('“The water came up to the windows,” said a man who asked not to be named.');
    expect(speakerOf(res, 'The water came')).toBe('man (unnamed)');
  });
});

describe('eighth round: one person\'s role is never a group named by one word', () => {
  // (unsure until round 26, when a group stopped being a candidate for "he": now the manager the
  // sentence before is about, whom the story never names)
  it('"Shoppers in Brell ... / The market manager, a former butcher who ..., said ... “...,” he said." is the market manager, not the shoppers', () => {
    const res = analyzeParagraphs([
      'Shoppers in Brell have saved their Saturday market from closure.',
      'The market manager, a former butcher who has run the stalls for a decade, said the rent had been frozen. ‘We are here for another year at least,’ he said.',
    ]);
    expect(speakerOf(res, 'We are here')).not.toBe('Shoppers');
    expect(quoteOf(res, 'We are here').speakerId).toBe('person-the-market-manager');
  });
});

describe('eighth round: "the company said" after a name set off by an appositive', () => {
  it('is unsure, not a generic "the company" ("Harvest, the budgeting app, said ...")', () => {
    const res = analyzeParagraphs([
      'Harvest, the budgeting app, said on Monday it would start charging for bank links.',
      'The company said the fee would be “a small monthly amount.”',
    ]);
    expect(speakerOf(res, 'a small monthly')).not.toBe('the company');
    expect(quoteOf(res, 'a small monthly').speakerId).toBeNull();
  });

  it('keeps "the company" when nothing was named ("Meanwhile, the company said")', () => {
    const res = analyzeParagraphs(['Shares fell 4% on Monday.', 'The company said the fall was “no surprise.”']);
    expect(quoteOf(res, 'no surprise').ambiguous).toBe(false);
  });
});

describe('ninth round: a pronoun after a described source with two relative clauses', () => {
  it('"A lollipop man who has worked outside the school since 1991, and who asked not to be named, said ... / he said" is the lollipop man', () => {
    const res = analyzeText(
      'A lollipop man who has worked outside the school since 1991, and who asked not to be named, said drivers had become ruder. “Nobody slows down any more,” he said.',
    );
    expect(speakerOf(res, 'Nobody slows down')).toBe('lollipop man (unnamed)');
  });

  it('a place named inside the description does not stop it ("A cleaner who lives on Marsh Lane, and who did not want to be named, said")', () => {
    const res = analyzeText(
      'A cleaner who lives on Marsh Lane, and who did not want to be named, said the lift had been broken for a month. “I carry the buckets up six floors,” she said.',
    );
    expect(speakerOf(res, 'I carry the buckets')).toBe('cleaner (unnamed)');
  });

  it('stays unsure when someone is named in the description by other than a place preposition', () => {
    const res = analyzeText(
      'A neighbour who has known Tom Reddy since school, and who asked not to be named, said the family were shocked. “He was always so careful,” he said.',
    );
    expect(speakerOf(res, 'He was always')).not.toBe('neighbour (unnamed)');
  });

  it('stays unsure when the pronoun\'s gender rules the source out ("A grandmother ... she / he said")', () => {
    const res = analyzeText(
      'Kirk Dawes runs the stall. A grandmother who shops there every week, and who asked not to be named, said prices had risen. “It is still cheaper than the supermarket,” he said.',
    );
    expect(speakerOf(res, 'It is still cheaper')).not.toBe('grandmother (unnamed)');
  });

  it('a name in the description after the source\'s speech verb still counts ("... said staff had told Ann Lowe about it. / “...,” she said.")', () => {
    const res = analyzeText(
      'A porter who works at the station, and who asked not to be named, said staff had told Ann Lowe about it. “We warned them,” she said.',
    );
    expect(speakerOf(res, 'We warned them')).not.toBe('porter (unnamed)');
  });
});

describe('ninth round: "the company said" after a name set off by an organisation word', () => {
  it('is that name ("Tillvane, the frozen food start-up, has recalled ... / the company said")', () => {
    const res = analyzeText('Tillvane, the frozen food start-up, has recalled two pies sold in Kelby.\n“We are sorry for any worry caused,” the company said.');
    expect(speakerOf(res, 'We are sorry')).toBe('Tillvane');
  });

  it('a word of another kind set off ("Vellacott, the developer, had argued ... / the firm said")', () => {
    const res = analyzeText('Vellacott, the developer, had argued the homes were needed.\n“We will appeal,” the firm said.');
    expect(speakerOf(res, 'We will appeal')).toBe('Vellacott');
  });

  it('stays unsure with two such names in reach', () => {
    const res = analyzeText('Tillvane, the frozen food start-up, has bid for Kelby Pies.\nBrenmoor, the snack company, has bid too. “We will not give up,” the company said.');
    expect(quoteOf(res, 'We will not give up').speakerId).toBeNull();
  });

  it('not another kind of organisation ("Vellacott, the developer, ... / the bank said")', () => {
    const res = analyzeText('Vellacott, the developer, had argued the homes were needed.\n“We will not lend more,” the bank said.');
    expect(speakerOf(res, 'We will not lend')).not.toBe('Vellacott');
  });

  it('not a place set off by a place word ("Halden, the market town, ... / the company said")', () => {
    const res = analyzeText('Halden, the market town, has lost its last bank.\n“The branch was no longer used,” the company said.');
    expect(speakerOf(res, 'The branch was')).not.toBe('Halden');
  });

  it('stays unsure when another name that may be a firm is the subject in reach', () => {
    const res = analyzeText('Tillvane, the frozen food start-up, has recalled two pies. Castlemere Dairies supplied the cream.\n“We are checking every batch,” the company said.');
    expect(speakerOf(res, 'We are checking')).not.toBe('Tillvane');
  });
});

describe('ninth round: a role with a name in its appositive after "named"', () => {
  it('is that name ("The caretaker, a retired miner named Alun Price, told the hearing ...")', () => {
    const res = analyzeText('The caretaker, a retired miner named Alun Price, told the hearing the boiler had been “leaking for years.”');
    expect(speakerOf(res, 'leaking for years')).toBe('Alun Price');
  });

  it('not when the appositive is no person ("The landlord, a company called Brickfield, said ...")', () => {
    const res = analyzeText('The landlord, a company called Brickfield, said the repairs were “in hand.”');
    expect(speakerOf(res, 'in hand')).not.toBe('Brickfield');
  });

  it('not when the name runs on into a phrase ("The witness, a driver named Ann Bell of Kelby Cabs, said ...")', () => {
    const res = analyzeText('The witness, a driver named Ann Bell of Kelby Cabs, said the car was “going far too fast.”');
    expect(speakerOf(res, 'going far too fast')).not.toBe('Kelby Cabs');
  });
});

describe('tenth round: a pronoun right after someone new and unnamed who is the subject, named people in reach or not', () => {
  it('is the newcomer with a clause and no comma before the speech verb ("A florist who has traded ... said")', () => {
    const res = analyzeParagraphs([
      'Councillor Meg Rowe said the vote for the new car park had been unanimous.',
      'A florist who has traded on the corner for twelve years said the plan would bring customers back. “We lost half our trade when the old one closed,” she said.',
    ]);
    expect(speakerOf(res, 'We lost half')).toBe('florist (unnamed)');
  });

  it('is the newcomer with a phrase and a clause set off, a man named before ("A fisherman from Crail, who ..., said")', () => {
    const res = analyzeParagraphs([
      'Harbour master Ian Petrie said the storm had sunk two boats overnight.',
      'A fisherman from Crail, who has worked these waters since he was fifteen, said his boat was the only one left afloat. “I was lucky, that is all,” he said.',
    ]);
    expect(speakerOf(res, 'I was lucky')).toContain('fisherman');
  });

  it('not the first one when "another" brings in a second person of the same description', () => {
    const res = analyzeParagraphs([
      'Head teacher Carol Neame said the school would reopen on Monday.',
      'One parent said she was relieved. “At last,” she said.',
      'Another parent, who has two children at the school, said she was angry. “Nobody asked us,” she said.',
    ]);
    const first = quoteOf(res, 'At last').speakerId;
    expect(quoteOf(res, 'Nobody asked us').speakerId ?? null).not.toBe(first ?? 'none');
  });

  it('not when the sentence names someone besides the newcomer ("A neighbour who found Ruth Kerr ... said")', () => {
    const res = analyzeParagraphs([
      'Ruth Kerr, 81, was found safe on Tuesday after a night outdoors.',
      'A neighbour who found Ruth Kerr in her garden said she was cold but cheerful. “She asked for a cup of tea,” she said.',
    ]);
    expect(quoteOf(res, 'She asked for').speakerId).toBeNull();
  });

  it('not when the gender rules the newcomer out', () => {
    const res = analyzeParagraphs([
      'Sergeant Paula Grant said the road would stay closed until the evening.',
      'A man who lives opposite the junction said he heard a bang. “It shook every window in the street,” she said.',
    ]);
    expect(speakerOf(res, 'It shook every')).not.toBe('man (unnamed)');
  });

  it('not when the newcomer\'s sentence has no speech verb ("A lorry driver who ... was arrested")', () => {
    const res = analyzeParagraphs([
      'Inspector Tom Hale said the road would reopen by noon.',
      'A lorry driver who had been travelling north was arrested at the scene. “We are not looking for anyone else,” he said.',
    ]);
    expect(speakerOf(res, 'We are not looking')).not.toBe('lorry driver (unnamed)');
  });
});

describe('tenth round: "The lock keeper, a cheerful man in a flat cap, waves ..." brings someone in unnamed', () => {
  it('is them after a definite role set off by an appositive with "a", whatever the verb', () => {
    const res = analyzeParagraphs([
      'Boat owner Ned Varley moors at Ashby every summer.',
      'The lock keeper, a cheerful man in a flat cap who has worked the canal for decades, waves the boats through. “Nobody is in a hurry here,” he says.',
    ]);
    expect(speakerOf(res, 'Nobody is in a hurry')).toBe('lock keeper (unnamed)');
  });

  it('is them after a possessive whose owner the pronoun cannot be ("Her assistant, a student ..., stacks")', () => {
    const res = analyzeParagraphs([
      'Lena Fischer opened her bookshop in 1998.',
      'Her assistant, a student who works there on Saturdays, stacks the new arrivals. “The crime shelf always empties first,” he says.',
    ]);
    expect(speakerOf(res, 'The crime shelf')).toBe('assistant (unnamed)');
  });

  it('not when the owner may be the pronoun ("Manager Phil Dorsey ... His goalkeeper, a loan signing, let in three")', () => {
    const res = analyzeParagraphs([
      'Manager Phil Dorsey watched from the stand.',
      'His goalkeeper, a loan signing from Tarrow, let in three goals. “That was hard to watch,” he said.',
    ]);
    expect(speakerOf(res, 'That was hard')).not.toBe('goalkeeper (unnamed)');
  });

  it('not when the verb is "be" ("The driver, a man in his 40s, was arrested")', () => {
    const res = analyzeParagraphs([
      'Inspector Tom Hale said the crash happened at about 2am.',
      'The driver, a man in his 40s, was arrested at the scene. “We are not looking for anyone else,” he said.',
    ]);
    expect(speakerOf(res, 'We are not looking')).not.toBe('driver (unnamed)');
  });

  it('not when someone named holds the role ("Mayor Jo Bright ... The mayor, a former teacher, cut the ribbon")', () => {
    const res = analyzeParagraphs([
      'Mayor Jo Bright opened the restored pier on Saturday.',
      'The mayor, a former teacher, cut the ribbon. “It is a good day for the town,” she said.',
    ]);
    expect(speakerOf(res, 'It is a good day')).not.toBe('mayor (unnamed)');
  });

  it('not when the quote speaks of a "he" as "he said" ("The captain, a veteran ... “He has been brilliant,” he said")', () => {
    const res = analyzeParagraphs([
      'Coach Sam Reid named his side on Friday.',
      'The captain, a veteran of 90 caps, shrugged off talk of retirement. “He has been brilliant for us,” he said.',
    ]);
    expect(speakerOf(res, 'He has been brilliant')).not.toBe('captain (unnamed)');
  });
});

describe('after round 9: a participle describing the newcomer ("A retired nurse who ... said") is no verb', () => {
  it('is the newcomer with "retired" before the noun', () => {
    const res = analyzeParagraphs([
      'The ferry to Holm was cancelled for the third day running.',
      'A retired engineer who crosses every week to see his sister said the timetable had become a lottery. “You pack a bag and hope,” he said.',
    ]);
    expect(speakerOf(res, 'You pack a bag')).toBe('retired engineer (unnamed)');
  });

  it('is the newcomer with "serving" before the noun, not the man named before', () => {
    const res = analyzeParagraphs([
      'Housing officer Dean Marsh said repairs would start in the spring.',
      'A serving soldier who rents a flat on the estate said the damp had ruined his furniture. “I would not let my own family sleep there,” he said.',
    ]);
    expect(speakerOf(res, 'I would not let')).toBe('serving soldier (unnamed)');
  });

  it('not the man named before when the newcomer\'s noun is one the lexicon does not know ("A trained paramedic who ...")', () => {
    const res = analyzeParagraphs([
      'Housing officer Dean Marsh said repairs would start in the spring.',
      'A trained paramedic who rents a flat on the estate said the damp had ruined his furniture. “I would not let my own family sleep there,” he said.',
    ]);
    // (the paramedic, or left for the reviewer)
    expect(speakerOf(res, 'I would not let') ?? '').not.toContain('Marsh');
  });

  it('not when the participle describes no person ("A flooded cellar cost ...")', () => {
    const res = analyzeParagraphs([
      'Homeowner Judith Penrose counted the cost on Monday.',
      'A flooded cellar cost her £3,000 last winter, Penrose said. “I will not pay that again,” she said.',
    ]);
    expect(speakerOf(res, 'I will not pay')).toBe('Judith Penrose');
  });
});

// ---- eleventh round (round 10 of rules): precision first. New sentences, none from any set.

describe('eleventh round: a relative clause set off after an unnamed speaker\'s label', () => {
  it('a name in it is not the speaker ("said one man, who has worked at Dorrington Mills ...")', () => {
    const res = analyzeText('“We queued from six,” said one man, who has worked at Dorrington Mills for thirty years.');
    expect(speakerOf(res, 'We queued')).toBe('man (unnamed)');
  });

  it('unless it gives the speaker\'s name ("who gave her name only as Elena"), past the label\'s phrase', () => {
    const res = analyzeText('“We have no power,” said a nurse at the clinic, who gave her name only as Elena.');
    expect(speakerOf(res, 'We have no power')).toBe('Elena');
  });

  it('look-alike: a name set off right after the label is still the speaker\'s', () => {
    const res = analyzeText('“It was a shambles,” said one parent, Mrs Olive Brandt, 41.');
    expect(speakerOf(res, 'It was a shambles')).toBe('Olive Brandt');
  });
});

describe('eleventh round: an inverted "said NP" that runs straight into the quote', () => {
  it('is the reported clause, not the speaker ("..., said the draft “would hurt farmers most”")', () => {
    for (const text of [
      'An official from one of the member states, who asked not to be named, said the draft “would hurt farmers most”.',
      'A director at one of the larger firms, who asked not to be named because the deal was not yet public, said the merger “makes no sense at all”.',
    ]) {
      const res = analyzeText(text);
      const q = res.quotes[0]!;
      expect(nameOf(res, q.speakerId) ?? '').not.toMatch(/draft|merger/);
    }
  });

  it('look-alike: a subject before the verb keeps the quote', () => {
    const res = analyzeText('Opposition leader Dan Frey said the budget “does not add up”.');
    expect(speakerOf(res, 'does not add up')).toBe('Dan Frey');
  });
});

describe('eleventh round: "the company said" with no organisation in reach', () => {
  it('the one name in reach that may be a firm, though no subject ("Workers at Harlow Ceramics ...")', () => {
    const res = analyzeParagraphs(['Workers at Harlow Ceramics were told on Monday that the kilns would close.', '“We have explored every option,” the company said.']);
    expect(speakerOf(res, 'We have explored')).toBe('Harlow Ceramics');
  });

  it('the one organisation named further back, when nothing in reach may be a firm', () => {
    const res = analyzeParagraphs([
      'Tellbridge Motors, the country’s second-biggest carmaker, will shut a plant, three people familiar with the plan said.',
      'The plant employs 900 people, one of them said.',
      '“We do not comment on rumours,” the company said.',
    ]);
    expect(speakerOf(res, 'We do not comment')).toBe('Tellbridge Motors');
  });

  it('look-alike: two organisations named further back, so neither', () => {
    const res = analyzeParagraphs([
      'Tellbridge Motors and Carvey Steel signed a supply deal on Monday.',
      'Prices were not disclosed.',
      'The deal runs to 2030, an official said.',
      '“We do not comment on rumours,” the company said.',
    ]);
    expect(speakerOf(res, 'We do not comment') ?? '').not.toMatch(/Tellbridge|Carvey/);
  });
});

describe('eleventh round: "the airline said" is an organisation speaking', () => {
  it('the airline the story named', () => {
    const res = analyzeParagraphs(['Northwind Airways cancelled 30 flights on Friday.', '“We are sorry for the delays this has caused,” the airline said in a statement.']);
    expect(speakerOf(res, 'We are sorry')).toBe('Northwind Airways');
  });

  it('look-alike: "the airline passenger said" is no airline', () => {
    const res = analyzeParagraphs(['Northwind Airways cancelled 30 flights on Friday.', '“The cabin filled with smoke and nobody told us anything,” the airline passenger said.']);
    expect(speakerOf(res, 'The cabin filled')).not.toBe('Northwind Airways');
  });
});

describe('eleventh round: "According to Name, ..." opens a sentence', () => {
  it('that name is a subject for the pronoun after it: not confidently the woman named before', () => {
    const res = analyzeParagraphs([
      'Shares in Dalmore fell on Tuesday.',
      '“We had a difficult quarter,” chief executive Ruth Abbot said.',
      'According to Nina Farrell, an analyst at Kestrel Capital, the results were weak. “They missed on every line,” she said.',
    ]);
    expect(speakerOf(res, 'They missed') ?? '').not.toBe('Ruth Abbot');
  });

  it('look-alike: a man as the source is not given "she"; the woman named before is suggested', () => {
    // (round 11 made the source of "According to ..." the sentence's subject; a gender known only
    // from a first name rules no subject out, so this "she" is for review, not Tom Reed's)
    const res = analyzeParagraphs([
      'Shares in Dalmore fell on Tuesday.',
      '“We had a difficult quarter,” chief executive Ruth Abbot said.',
      'According to Tom Reed, an analyst at Kestrel Capital, the results were weak. “We will recover,” she said.',
    ]);
    expect(uncertain(res, 'We will recover')).toBe('Ruth Abbot');
  });
});

describe('eleventh round: "the prime minister’s spokesman said" with nobody holding the role', () => {
  it('an unnamed spokesman, when the only other name is a place-like word and "Downing Street"', () => {
    const res = analyzeParagraphs(['Downing Street declined to comment on the sale of land at Hexmoor.', '“The process was followed,” the prime minister’s spokesman said.']);
    expect(speakerOf(res, 'The process was followed')).toBe('prime minister’s spokesman (unnamed)');
  });

  it('look-alike: a named person in reach still makes it the reviewer\'s call', () => {
    const res = analyzeParagraphs(['Minister Paul Tate visited the site at Hexmoor on Friday.', '“The process was followed,” the prime minister’s spokesman said.']);
    uncertain(res, 'The process was followed');
  });
});

describe('eleventh round: "he added" after a name, an appositive and a verb of saying', () => {
  it('is that person, past the appositive', () => {
    const res = analyzeParagraphs([
      'Coach Dai Morgan named two new caps on Monday.',
      '“They have earned it,” said Morgan.',
      'Owain Pryce, one of the two, said he heard on the radio. “I nearly crashed the car,” he added.',
    ]);
    expect(speakerOf(res, 'I nearly crashed')).toBe('Owain Pryce');
  });

  it('look-alike: without a verb of saying after the appositive, not confidently anyone', () => {
    const res = analyzeParagraphs([
      'Coach Dai Morgan named two new caps on Monday.',
      '“They have earned it,” said Morgan.',
      'Owain Pryce, one of the two, heard on the radio. “I nearly crashed the car,” he added.',
    ]);
    uncertain(res, 'I nearly crashed');
  });
});

describe('eleventh round: an unnamed speaker with a short relative clause after the quote', () => {
  it('is who speaks, not a name in the clause', () => {
    const res = analyzeText('“The wards are full,” one nurse who works nights at the hospital said.');
    expect(speakerOf(res, 'The wards are full')).toBe('nurse (unnamed)');
  });

  it('look-alike: a named speaker with the clause set off by commas', () => {
    const res = analyzeText('“The wards are full,” Sister Joan Ames, who works nights at the hospital, said.');
    expect(speakerOf(res, 'The wards are full')).toBe('Joan Ames');
  });
});

describe('eleventh round: a pronoun opening a paragraph after someone who said something', () => {
  it('is them, over a man named in a sentence that reports no one speaking', () => {
    const res = analyzeParagraphs([
      'The court heard that Derek Soames, 58, ignored three warnings. Trading standards officer Mark Ellery said the goods were fake.',
      '“I have never seen so many in one shop,” he said.',
    ]);
    expect(speakerOf(res, 'I have never seen')).toBe('Mark Ellery');
  });

  it('look-alike: when the other man said something too, the reviewer\'s call', () => {
    const res = analyzeParagraphs([
      'Derek Soames, 58, said he did not know the goods were fake. Trading standards officer Mark Ellery said the goods were obvious fakes.',
      '“I have never seen so many in one shop,” he said.',
    ]);
    uncertain(res, 'I have never seen');
  });
});

describe('round 11: who a sentence is about, in shapes the engine misread', () => {
  it('a capitalised adjective before a role noun and a name is part of the title, not a name ("Retired postman Arthur Bell")', () => {
    const res = analyzeParagraphs([
      'The parish council voted on Monday to sell the village hall.',
      'Council chairman Keith Moss said the building cost too much to heat. “We had no choice,” he said.',
      'Retired signalman Walter Pryce, 79, who sat at the back, said he would fight it. “My father helped build that hall,” he said.',
    ]);
    expect(speakerOf(res, 'My father helped')).toBe('Walter Pryce');
    expect(res.cast.some((c) => c.name === 'Retired')).toBe(false);
  });

  it('... with "Former" before a person noun the lexicon lacks', () => {
    const res = analyzeParagraphs([
      'Her daughter, Ann Gale, said she had kept the shop open through two floods. “She never closed a day,” she said.',
      'Former apprentice Lucy Orme remembered her patience. “She taught me to count change,” she said.',
    ]);
    expect(speakerOf(res, 'She taught me')).toBe('Lucy Orme');
  });

  it('a possessive name before an acronym or an organisation word is the organisation ("Crohn’s UK"), not a person in reach', () => {
    const res = analyzeParagraphs([
      'Professor Ian Doyle, who led the study, said the findings were early. “It is a start,” he said.',
      'Dr Omar Hale, research lead at Crohn’s UK, said a larger trial would follow. “We need bigger numbers,” he said.',
    ]);
    expect(speakerOf(res, 'We need bigger')).toBe('Omar Hale');
    expect(res.cast.some((c) => c.name === 'Crohn')).toBe(false);
  });

  it('look-alike: a possessive name before an ordinary noun stays a name ("Hale’s office")', () => {
    const res = analyzeParagraphs(['Omar Hale’s office said he was travelling. “He will respond next week,” his spokesman said.']);
    expect(res.cast.some((c) => c.name === 'Omar Hale')).toBe(true);
  });

  it('"According to <name>, a <role>, ...": the source of the sentence is who "she said" after it means', () => {
    const res = analyzeParagraphs([
      'Profits at Lanmore fell by a third, its chief executive, Helen Cray, said on Tuesday.',
      'According to Deepa Varma, a banking analyst at Tollgate Securities, the decline was worse than it looked. “They are selling assets to pay dividends,” she said.',
    ]);
    expect(speakerOf(res, 'They are selling')).toBe('Deepa Varma');
  });

  it('a name the lexicon does not know, set off by a role, is a person; set off by a firm-like role it is not made one ("Vantage Land, the developer")', () => {
    const res = analyzeParagraphs([
      'Plans for 40 homes were refused on Thursday.',
      'Kestrel Homes, the developer, had called the site “ideal.”',
      'After the vote, the firm said it would appeal. “We will be back,” the firm said.',
    ]);
    expect(speakerOf(res, 'We will be back')).toBe('Kestrel Homes');
  });

  it('a team or firm before a person noun and a name only says whose they are ("Hollins guard Terrence Vaughn")', () => {
    const res = analyzeParagraphs([
      '"He never stopped running," Rovers coach Dale Brennan said.',
      'Wexley guard Tobias Okafor, who scored 30 points, was unhappy all the same. "We let them back in," he said.',
    ]);
    expect(speakerOf(res, 'We let them back')).toBe('Tobias Okafor');
  });

  it('a person noun the lexicon lacked ("counterpart") makes the name set off after it the subject', () => {
    const res = analyzeParagraphs([
      'The two ministers met in Vienna on Friday. Arlandia’s foreign minister, Greta Holm, called the talks useful.',
      'Her Norland counterpart, Piet Vos, said little had changed. “We are where we were,” he said.',
    ]);
    expect(speakerOf(res, 'We are where')).toBe('Piet Vos');
  });

  it('look-alike: a firm described by a noun ending like a person noun stays a firm ("the cheese processor Dunmore Dairies")', () => {
    const res = analyzeParagraphs([
      'The cheese processor Dunmore Dairies will close its Carlow plant, the company said on Monday.',
      '“This was a painful decision,” it said.',
    ]);
    expect(speakerOf(res, 'This was a painful')).toBe('Dunmore Dairies');
  });

  it('"One of them, <name>, said ...": the one named is the subject', () => {
    const res = analyzeParagraphs([
      'Coastguard officer Neil Rowe said the two walkers had been lucky. “The tide was coming in fast,” he said.',
      'One of them, Gareth Pim, said he had never been so cold. “I could not feel my hands,” he said.',
    ]);
    expect(speakerOf(res, 'I could not feel')).toBe('Gareth Pim');
  });

  it('a given name that is also a function word, between a role noun and a surname, is a name ("chief executive Per Lindqvist")', () => {
    const res = analyzeParagraphs([
      'Halvik Shipping said on Thursday its profit had doubled.',
      'Finance director Tom Ekberg said costs were under control. “We are lean now,” he said.',
      'Chief executive Per Strand told analysts the company would buy two ships. “Freight rates will not stay this high,” he said.',
    ]);
    expect(speakerOf(res, 'Freight rates')).toBe('Per Strand');
  });

  it('a "he" after the verb of saying is the reported clause\'s: a described person opening the sentence keeps the next "he said" from a man named before', () => {
    const res = analyzeParagraphs([
      'A pedestrian, Alan Fry, 67, died after being hit by a van in Dunmow in March.',
      'The van driver told the court he had been looking at his satellite navigation. “I only looked away for a second,” he said.',
    ]);
    expect(speakerOf(res, 'I only looked away')).not.toBe('Alan Fry');
  });

  it('... and one kept unnamed by a clause ("His neighbour, who did not want to be named, said he ...") is who the "he said" after is', () => {
    const res = analyzeParagraphs([
      'Sheep farmer Owen Price has lost forty ewes to the snow. “I have never known a March like it,” he said.',
      'His neighbour, who did not want to be named, said he had lost twice that. “The drifts were over the walls,” he said.',
    ]);
    expect(speakerOf(res, 'The drifts were')).toBe('neighbour (unnamed)');
  });

  it('look-alike: a named subject before "said he" keeps the pronoun after it', () => {
    const res = analyzeParagraphs([
      'Sheep farmer Owen Price has lost forty ewes to the snow.',
      'His neighbour, Rhys Morgan, said he had lost twice that. “The drifts were over the walls,” he said.',
    ]);
    expect(speakerOf(res, 'The drifts were')).toBe('Rhys Morgan');
  });
});

describe('round 12: organisations, spokespeople and sources read from two blind parts', () => {
  it('a bare "a spokesman said" after an organisation was the subject speaks for it', () => {
    const res = analyzeParagraphs([
      'Hundreds of homes were flooded in Ashby overnight.',
      'The Eastern Rivers Board said its defences had held until the early hours. “This was an exceptional event,” a spokeswoman said.',
    ]);
    expect(speakerOf(res, 'This was an exceptional')).toBe('Eastern Rivers Board spokeswoman (unnamed)');
  });

  it('look-alike: a spokesperson of another kind of body is not made that organisation’s', () => {
    const res = analyzeParagraphs([
      'The Growers’ Union said in a statement that the rules were unworkable.',
      '“We understand their frustration,” a ministry spokesman said.',
    ]);
    expect(speakerOf(res, 'We understand')).toBe('ministry spokesman (unnamed)');
  });

  it('"<Name> said it would ..." makes the name an organisation’s, and its spokesperson its own', () => {
    const res = analyzeParagraphs([
      'Planning permission for 90 homes was granted on Monday.',
      'Brackenfield Estates said it would pay for a new footpath. “We are delighted,” a spokesperson said.',
    ]);
    expect(speakerOf(res, 'We are delighted')).toBe('Brackenfield Estates spokesperson (unnamed)');
  });

  it('look-alike: "said it was" keeps a person a person ("it" is no one there)', () => {
    const res = analyzeParagraphs(['Idris Vaughan said it was the roughest sea of his career. “We nearly turned back,” he said.']);
    expect(speakerOf(res, 'We nearly turned')).toBe('Idris Vaughan');
  });

  it('a figure with a decimal point ends its sentence ("£1.2m.")', () => {
    const res = analyzeParagraphs(['Councillor Ruth Dane said the bypass would cost £4.5m. “It is money well spent,” she said.']);
    expect(speakerOf(res, 'It is money')).toBe('Ruth Dane');
    expect(res.quotes).toHaveLength(1);
  });

  it('a phrase opening the sentence does not hide the unnamed person after it ("At a clinic in Hale, a mother of two who declined to give her name said")', () => {
    const res = analyzeParagraphs([
      '“Two doses is what we want,” said Dr. Irene Falk, the county health officer.',
      'At a clinic in Hale, a mother of two who declined to give her name said she had waited too long. “I got scared,” she said.',
    ]);
    expect(speakerOf(res, 'I got scared')).not.toBe('Irene Falk');
  });

  it('"the visitors’ manager" after the home manager was named is not him: for review', () => {
    const res = analyzeParagraphs([
      'Rovers manager Sean Tully praised his side. “We never stopped,” he said.',
      'Town boss Gary Platt was left to rue a late goal.',
      '“We defended it badly,” the visitors’ manager said.',
    ]);
    expect(speakerOf(res, 'We defended it')).not.toBe('Sean Tully');
  });

  it('"the club said" when the only club in reach is no subject and the story’s subject is another: for review', () => {
    const res = analyzeParagraphs([
      'Tarvin Athletic have sacked manager Colin Rudd after nine games without a win.',
      'Rudd, 51, joined in May after leading Ambridge Town to promotion.',
      'In a statement, the club said: "We thank Colin for his work."',
    ]);
    expect(uncertain(res, 'We thank Colin')).not.toBeNull();
  });

  it('a person named inside what the subject is reported saying is no rival for the pronoun after it', () => {
    const res = analyzeParagraphs([
      'A 15-year-old boy drowned in a reservoir on Sunday, an inquest heard.',
      'His cousin Aled Morris said in a statement that Rhys had been a good swimmer. “He waved and then he was gone,” he said.',
    ]);
    expect(speakerOf(res, 'He waved')).toBe('Aled Morris');
  });

  it('look-alike: the person asked is no part of a reported clause ("asked the chairman, Roy Ashworth, where ...")', () => {
    const res = analyzeParagraphs([
      'A parish council has banned dogs from its playing field.',
      'Dog walker Sheila Markham asked the chairman, Roy Ashworth, where people were supposed to go. “The lanes,” he replied.',
    ]);
    expect(speakerOf(res, 'The lanes') ?? 'nobody').not.toBe('Sheila Markham');
  });

  it('a capitalised word never shown to be anyone’s name is no rival for the pronoun opening the next paragraph ("whose GCSEs had been disrupted")', () => {
    const res = analyzeParagraphs([
      'Among them was Ava Brook. “I opened it in the car,” she said.',
      'Principal Dr Nadia Rahman said the results showed the resilience of a year whose GCSEs had been cancelled.',
      '“They have had more thrown at them than any year I have taught,” she said.',
    ]);
    expect(speakerOf(res, 'They have had more')).toBe('Nadia Rahman');
  });

  it('an owner named with a title before the role and the name set off ("Mrs Keane’s daughter, Lorraine Pickford,") leaves the name the subject', () => {
    const res = analyzeParagraphs([
      'In a statement read to the court, Mr Dale’s son, Kieran Dale, said the family had been broken. “We will never understand it,” he said.',
    ]);
    expect(speakerOf(res, 'We will never')).toBe('Kieran Dale');
  });

  it('a team-sport position before a name is a person’s role ("corner-back Cian Whelan")', () => {
    const res = analyzeParagraphs([
      'Corner-back Oisin Brady was outstanding, keeping the county star scoreless.',
      'Manager Tom Keane said the win came from hard work. “They never stopped,” he said.',
      'Brady, the 22-year-old who only broke into the side this season, was typically modest. “I just tried to stay goal-side,” he said.',
    ]);
    expect(speakerOf(res, 'I just tried')).toBe('Oisin Brady');
  });

  it('"the agency said" is the organisation named as the source before ("according to Harbour Link Rail")', () => {
    const res = analyzeParagraphs([
      'Ferry services were suspended for three hours on Monday.',
      'The fault began at about 5pm near the terminal, according to Harbour Link Rail.',
      '“We apologise to everyone whose evening was disrupted,” the agency said in a statement.',
    ]);
    expect(speakerOf(res, 'We apologise')).toBe('Harbour Link Rail');
  });

  it('look-alike: "the ministry said" is not an association named before', () => {
    const res = analyzeParagraphs([
      'The Dairy Farmers’ Association has asked for a delay to the new rules.',
      'The ministry said the rules had been “consulted on widely” and would go ahead.',
    ]);
    expect(speakerOf(res, 'consulted on widely') ?? '').not.toContain('Association');
  });

  it('a statement "from" an organisation is that organisation’s', () => {
    const res = analyzeParagraphs([
      'Heavy snow closed schools across the glens for a second day.',
      'A statement from Moray Council read: “All schools in the district will remain closed on Friday.”',
    ]);
    expect(speakerOf(res, 'All schools')).toBe('Moray Council');
  });

  it('"The statement added ..." is whoever issued the statement quoted in the paragraph before', () => {
    const res = analyzeParagraphs([
      'In a statement, Harrowgate Lettings said the new rents “reflect the market”.',
      'The statement added that tenants in difficulty could call the office “to talk things through.”',
    ]);
    expect(speakerOf(res, 'to talk things')).toBe('Harrowgate Lettings');
  });

  it('"Nguyen" is a surname first in a Vietnamese name, not a man’s given name', () => {
    const res = analyzeParagraphs([
      'Farhan Abdi, 33, came as a refugee in 2011. “I will register to vote first,” Abdi said.',
      'Nguyen Thi Hoa, 58, said she had waited 11 years for this day.',
      '“My grandchildren were born here,” she said.',
    ]);
    expect(speakerOf(res, 'My grandchildren') ?? '').not.toBe('Farhan Abdi');
  });
});

describe('round 13: names the lexicon has never seen, datelines with a colon, roles kept unnamed', () => {
  it('a full name the lexicon does not know, given a title or role and reported speaking, is who the pronoun opening the next paragraph is', () => {
    const res = analyzeParagraphs([
      'Samoa’s Foreign Minister Alofa Tuilagi said her country was losing land to the sea. “We are not asking for charity,” Tuilagi told reporters.',
      'Fijian Foreign Minister Ratu Sitiveni Vakacegu, who chaired the meeting, said the group would speak with one voice.',
      '“We have done it before and we will do it again,” he said.',
    ]);
    expect(speakerOf(res, 'We have done it')).toBe('Ratu Sitiveni Vakacegu');
  });

  it('... and one set off after a person noun the lexicon guesses from its ending ("A villager, Kamla Devi, said")', () => {
    const res = analyzeParagraphs([
      'Deputy Commissioner Rohit Sharma said rescue work was under way. “Five bodies were recovered,” he said.',
      'A villager, Sunita Kumari, said her house had been buried.',
      '“We heard a loud sound around 4 am,” she said.',
    ]);
    expect(speakerOf(res, 'We heard a loud')).toBe('Sunita Kumari');
  });

  it('a place in capitals and a colon opening the story is a dateline, not a speaker ("NEW DELHI:")', () => {
    const res = analyzeParagraphs([
      'NEW DELHI: Opposition members walked out of the upper house on Wednesday over fertiliser prices.',
      'MUMBAI: The court said the delay amounted to “justice denied”.',
    ]);
    expect(res.quotes.map((q) => q.text)).toEqual(['justice denied']);
    expect(res.cast.some((c) => /delhi|mumbai/i.test(c.name))).toBe(false);
  });

  it('look-alike: a name in capitals and a colon is still a speaker’s turn ("OKAFOR:")', () => {
    const res = analyzeParagraphs(['Q: Will you stand again?', 'OKAFOR: Not this time. I have done my part.']);
    expect(speakerOf(res, 'Not this time')).toBe('Okafor');
  });

  it('a role the sentence keeps unnamed ("The ranch manager, who asked not to be named, said") is no man named before', () => {
    const res = analyzeParagraphs([
      'County Police Commander Peter Otieno Mwangi said three men had been arrested. “We have recovered some of the cattle,” Mr Mwangi said.',
      'The ranch manager, who asked not to be named for fear of reprisals, said the thieves had cut the fence.',
      '“The night guard was beaten. He is still in hospital,” he said.',
    ]);
    expect(speakerOf(res, 'The night guard')).toBe('ranch manager (unnamed)');
  });

  it('"the spokesperson said" after "A spokesperson for <firm> said" is that one, not a police spokesperson named before', () => {
    const res = analyzeParagraphs([
      'Police spokesperson Captain Thandiwe Nkosi said the suspects had fled. “They took an undisclosed amount,” Nkosi said.',
      'A spokesperson for Ironclad Cash Services said the injured guard was stable.',
      '“We commend our crew for their bravery,” the spokesperson said.',
    ]);
    expect(speakerOf(res, 'We commend')).toBe('spokesperson for Ironclad Cash Services (unnamed)');
  });

  it('the name set off after a role and a second description is the subject ("The chair of the jury, the Ghanaian curator Kofi Mensah-Boateng, said")', () => {
    const res = analyzeParagraphs(['The chair of the jury, the Ghanaian curator Kofi Mensah-Boateng, said the jury had been "struck by the ambition" of the work.']);
    expect(speakerOf(res, 'struck by the ambition')).toBe('Kofi Mensah-Boateng');
  });

  it('"The Kildare-based company said" is the company named before; "-based" is no one’s name', () => {
    const res = analyzeParagraphs([
      'Irish food group Ardmore Bakeries has agreed to buy a Dutch rival for €310m.',
      'The Cork-based company said the purchase would give it a "meaningful platform" in Europe.',
    ]);
    expect(speakerOf(res, 'meaningful platform')).toBe('Ardmore Bakeries');
    expect(res.cast.some((c) => c.name.endsWith('-based'))).toBe(false);
  });
});

describe('round 14: "with the <role> insisting", participles before a person noun, roles that are someone else’s', () => {
  it('"..., with the press secretary insisting the move reflected “...”": the role, not the sentence’s subject', () => {
    const res = analyzeParagraphs(['The White House defended the delay on Monday, with the press secretary insisting it reflected “strength, not weakness,” as critics complained.']);
    expect(speakerOf(res, 'strength, not weakness') ?? '').not.toBe('White House');
  });

  it('"A retired school bus driver in the corner booth, Earla Pratt, said ...": the participle is no verb, the name is the subject', () => {
    const res = analyzeParagraphs([
      'Sen. Angela Moreno has led the primary polls for months.',
      'A retired school bus driver in the corner booth, Earla Pratt, said afterward that she had planned to vote for Moreno. “Now I don’t know,” she said.',
    ]);
    expect(speakerOf(res, 'Now I don’t know')).toBe('Earla Pratt');
  });

  it('a role subject is not given to a man the story gave another role ("her campaign manager, Devon Ash, said ... The candidate himself ... he says")', () => {
    const res = analyzeParagraphs([
      '“You learn the math pretty quick,” says Tomas Wierzba, a 41-year-old former union electrician running for Congress.',
      'At the diner on a recent Tuesday, he stood by the register and talked for nine minutes.',
      'Moreno’s campaign has mostly ignored him. Asked about his candidacy, her campaign manager, Devon Ash, said the senator “respects anyone willing to put their name on a ballot” and was focused on the general election.',
      'The candidate himself is unbothered. He has heard the word “longshot” so many times, he says, that he has stopped hearing it.',
      '“Everybody’s a longshot until the night they’re not,” he says, and climbs back into the truck.',
    ]);
    expect(speakerOf(res, 'Everybody’s a longshot') ?? '').not.toBe('Devon Ash');
  });
});

describe('round 15: police ranks as abbreviated, a body’s statement in its own sentence, "in the words of"', () => {
  it('"Const." and "Lance Cpl." are titles, not the speaker’s name', () => {
    const res = analyzeParagraphs([
      '“He may appear confused,” said Const. Marie Tremblay, a police spokesperson.',
      '“We had several calls,” said Lance Cpl. Owen Pryce, a spokesman for the highway patrol.',
    ]);
    expect(speakerOf(res, 'He may appear')).toBe('Marie Tremblay');
    expect(speakerOf(res, 'We had several')).toBe('Owen Pryce');
  });

  it('look-alike: "Lance" before a surname is a given name', () => {
    const res = analyzeParagraphs(['“I am done,” said Lance Harford, 41.']);
    expect(speakerOf(res, 'I am done')).toBe('Lance Harford');
  });

  it('"The brigade said in a statement that ... “...,” the statement said." is the brigade named before', () => {
    const res = analyzeParagraphs([
      '“We would never encourage anyone to enter a burning building,” Northern Districts Fire Brigade commander Tom Reid said.',
      'The brigade said in a statement that the fire had started in a dryer. “Please clean your lint filters,” the statement said.',
    ]);
    expect(speakerOf(res, 'Please clean')).toBe('Northern Districts Fire Brigade');
  });

  it('"“...”, in the words of <name>" names the speaker, never the police who "said" before it', () => {
    const res = analyzeParagraphs(['Two listeners provided information that was “new to us”, in the words of Insp. Carl Brandt.']);
    expect(speakerOf(res, 'new to us')).toBe('Carl Brandt');
    const both = analyzeParagraphs(['Police said two listeners provided information that was “new to us”, in the words of Insp. Carl Brandt.']);
    expect(speakerOf(both, 'new to us') ?? '').not.toBe('police');
  });
});

describe('round 16: a quote after a sentence about someone in its paragraph, nationality and age epithets', () => {
  it('"<role> <name> was blunt. “...”" names the subject, two paragraphs after the last quote', () => {
    const res = analyzeParagraphs([
      '“We knew they would come at us early,” said Ravens coach Marta Quill.',
      'The visitors scored twice before the break.',
      'Otters captain Bruno Falk was blunt. “We were second to everything today.”',
    ]);
    expect(speakerOf(res, 'We were second')).toBe('Bruno Falk');
  });

  it('"<name> said <report>. “...”" names the subject, even when the quote names someone else', () => {
    const res = analyzeParagraphs([
      'Striker Ola Brennan was banned for three matches on Monday.',
      'The disciplinary panel said the tackle was reckless.',
      'Lions manager Petra Nyman said the club would not appeal. “Ola knows he got it wrong.”',
    ]);
    expect(speakerOf(res, 'Ola knows')).toBe('Petra Nyman');
  });

  it('"<name>, 31, deflected the praise. “...”" is the subject, not the one who spoke just before', () => {
    const res = analyzeParagraphs([
      'Kwesi Ansah scored 29 points as the Harbour Kings beat Eastfield.',
      '“He carried us tonight,” guard Samir Tello said.',
      'Ansah, 31, deflected the praise. “Samir made every pass. I just finished them.”',
    ]);
    expect(speakerOf(res, 'Samir made every')).toBe('Kwesi Ansah');
  });

  it('look-alike: another person in the sentence before leaves the quote unsure', () => {
    const res = analyzeParagraphs([
      'The Rangers won 3-1 at home on Sunday.',
      'Forward Lena Horvat hugged her teammate Kira Olsen after the game. “She found me every time.”',
    ]);
    expect(speakerOf(res, 'She found me')).toBeNull();
  });

  it('look-alike: a speech verb in the quote’s own sentence keeps it from the subject before', () => {
    const res = analyzeParagraphs(['Manager Ivo Brandt smiled at the question. A reporter then shouted “What about the penalty?”']);
    expect(speakerOf(res, 'What about the penalty') ?? '').not.toBe('Ivo Brandt');
  });

  it('"“...,” the German said." is the person the paragraph before was about', () => {
    const res = analyzeParagraphs([
      'Nadia Roux beat second seed Greta Kessler 6-3, 6-4 in the semi-finals on Friday.',
      '“I played my best tennis today,” Roux said.',
      'Kessler, the champion here last year, served nine double faults.',
      '“She was simply better,” the German said. “I have no complaints.”',
    ]);
    expect(speakerOf(res, 'She was simply better')).toBe('Greta Kessler');
    expect(speakerOf(res, 'I have no complaints')).toBe('Greta Kessler');
  });

  it('"“...,” the 19-year-old said." after "<Country>’s <name>, one of ..., is tied" is that player', () => {
    const res = analyzeParagraphs([
      'Veteran Ross Keane leads by three shots after a round of 66.',
      'Norway’s Eirik Dahl, one of two amateurs in the field, is tied for fifth.',
      '“I am just enjoying every hole,” the 19-year-old said.',
    ]);
    expect(speakerOf(res, 'I am just enjoying')).toBe('Eirik Dahl');
  });

  it('look-alike: an epithet after a sentence naming two people stays unsure', () => {
    const res = analyzeParagraphs([
      'Carla Mendes beat Ana Ferreira in three sets in the final.',
      '“It was a long day,” the Portuguese said.',
    ]);
    expect(uncertain(res, 'It was a long day')).not.toBeUndefined();
  });
});

describe('round 17: departments after a title, a one-word colon dateline, a pronoun carried through "He said ..."', () => {
  it('"Minister for Health <name>" is the minister, and "he" after it is too', () => {
    const res = analyzeParagraphs(['Minister for Transport Pádraig Ó Laoire said the line would reopen. “We are doing all we can,” he said.']);
    expect(speakerOf(res, 'We are doing')).toBe('Pádraig Ó Laoire');
    const after = analyzeText('“The budget is balanced,” said Minister for Foreign Affairs Colm Brannigan.');
    expect(speakerOf(after, 'The budget')).toBe('Colm Brannigan');
  });

  it('"Minister of State for Housing <name>" and "Superintendent of Police <name>" keep the whole name', () => {
    const res = analyzeParagraphs([
      'The Minister of State for Housing Declan Furey said: “Every council will get its share.”',
      '“Two men are being questioned,” Superintendent of Police Gurpreet Singh Sandhu said.',
    ]);
    expect(speakerOf(res, 'Every council')).toBe('Declan Furey');
    expect(speakerOf(res, 'Two men')).toBe('Gurpreet Singh Sandhu');
  });

  it('look-alike: "the Minister for Health" with no name after it names no one called "Health"', () => {
    const res = analyzeText('“Waiting lists are falling,” said the Minister for Health.');
    expect(res.cast.map((c) => c.name)).not.toContain('Health');
    expect(speakerOf(res, 'Waiting lists') ?? '').not.toBe('Minister');
  });

  it('"<ACRONYM> chairperson <name>" is the person, not the group', () => {
    const res = analyzeText('“We have one fan for sixty pupils,” said KTU chairperson Rosario Bautista.');
    expect(speakerOf(res, 'We have one fan')).toBe('Rosario Bautista');
  });

  it('a place in capitals and a colon opening the story is its dateline, not a speaker’s turn', () => {
    const res = analyzeParagraphs([
      'KOLARPUR: With the river above the danger mark for a third day, 1,200 families have moved to relief camps.',
      '“The water entered our house at midnight,” said Savitri Bai, 52.',
    ]);
    expect(res.quotes.map((q) => q.text)).toEqual(['The water entered our house at midnight,']);
    expect(res.cast.map((c) => c.name)).not.toContain('Kolarpur');
  });

  it('look-alike: a transcript with more than one turn keeps its turns', () => {
    const res = analyzeParagraphs(['HOST: Will the strike go ahead?', 'MARSH: It will, unless the offer changes.']);
    expect(res.quotes.length).toBe(2);
  });

  it('"<name> rejected that. He said ... “...,” he said." is that person, past someone who spoke before', () => {
    const res = analyzeParagraphs([
      '“The pass rate is a record,” Education Minister Thabo Mokoena-Dube said.',
      'But analyst Dr Pieter Coetsee said the figure hid a high dropout rate. “Count the learners who left,” he said.',
      'Mokoena-Dube rejected that reading. He said many learners had moved to colleges. “They have not disappeared,” he said.',
    ]);
    expect(speakerOf(res, 'They have not')).toBe('Thabo Mokoena-Dube');
  });
});

describe('round 18: a pronoun through the paragraph before, names that lose a word, a role with a phrase before its name', () => {
  it('"<name> did X. She said ... / “...,” she said." carries "she" into the next paragraph, past someone quoted before', () => {
    const res = analyzeParagraphs([
      '“We wanted a voice nobody has heard,” said festival director Hana Okoro.',
      'Leontyne Abara-Quist, 29, shot the film in 17 days. She said the invitation felt “slightly unreal.”',
      '“My aunt has not seen it yet,” she said.',
    ]);
    expect(speakerOf(res, 'My aunt')).toBe('Leontyne Abara-Quist');
  });

  it('"said the festival’s artistic director since 2019, <name>" is the person named, not an earlier director', () => {
    const res = analyzeParagraphs([
      'The festival opens with a film by first-time director Kemi Larsen-Obi.',
      '“We wanted a voice nobody has heard,” said the festival’s artistic director since 2019, Sana Virk.',
    ]);
    expect(speakerOf(res, 'We wanted a voice')).toBe('Sana Virk');
  });

  it('a first name that is also a place stays in the name: "His son, Everton <surname>, 48," is not his father', () => {
    const res = analyzeParagraphs([
      'When Clive Barrett-Hume opened the shop in 1975, nobody sold records here.',
      '“Music paid for everything,” he says.',
      'His son, Everton Barrett-Hume, 48, runs the online sales. “Dad does not trust the internet,” he says.',
    ]);
    expect(speakerOf(res, 'Dad does not')).toBe('Everton Barrett-Hume');
  });

  it('"Clarence “Sweet Pea” <surname>" is one person, whose "he says" follows', () => {
    const res = analyzeParagraphs(['Clarence “Sweet Pea” Delmont-Ray is 82, and he still plays every morning. “Some of the neighbours like it,” he says.']);
    expect(speakerOf(res, 'Some of the neighbours')).toBe('Clarence Delmont-Ray');
  });

  it('"Imam al-<name> said ... “...,” he said." names him (a name that opens with "al-")', () => {
    const res = analyzeParagraphs([
      '“He grows the best tomatoes in the county,” Rabbi Leah Stern said.',
      'Imam Idris al-Haddad said the friendship began with a hosepipe. “She says I stole her water,” he said.',
    ]);
    expect(speakerOf(res, 'She says I stole')).toBe('Idris al-Haddad');
  });

  it('"Gráinne Mac Giolla Phádraig", four words with a particle, is a person, not an organisation', () => {
    const res = analyzeParagraphs(['The chairperson, Gráinne Mac Giolla Phádraig, said the committee had listened. “We knocked on every door,” she said.']);
    expect(speakerOf(res, 'We knocked')).toBe('Gráinne Mac Giolla Phádraig');
  });
});

describe('round 19: who reached a source, who is addressed, a counted crowd, a staff that is no one', () => {
  it('"An aide reached by <outlet> said" is the aide, never the outlet', () => {
    const res = analyzeText('An aide reached by Radio Meridian said the president was “safe and well”.');
    expect(speakerOf(res, 'safe and well')).toBe('aide (unnamed)');
  });

  it('"... and urged <country> to release her “...”" is not the country addressed', () => {
    const res = analyzeText('The rapporteur, Ilse Brandvold, called the verdict ‘a travesty’ and urged Norvania to release Petrova ‘without delay’.');
    expect(speakerOf(res, 'without delay')).toBe('Ilse Brandvold');
  });

  it('"Tens of thousands of students marched, chanting “...”" is the students', () => {
    const res = analyzeText('Tens of thousands of students marched on Friday, chanting "Books not bullets!"');
    expect(speakerOf(res, 'Books not bullets')).toBe('tens of thousands of students');
  });

  it('look-alike: "the spokesman for the General Staff" names no one called "Staff"', () => {
    const res = analyzeText('The spokesman for the General Staff said the strike had failed. “They will try again,” he said.');
    expect(res.cast.map((c) => c.name)).not.toContain('Staff');
    expect(speakerOf(res, 'They will try') ?? '').not.toBe('Staff');
  });
});

describe('round 21: relatives named by the story, organisations named after their kind, abbreviated ranks', () => {
  it('"her mother says" after the daughter spoke: the mother the story named', () => {
    const res = analyzeParagraphs([
      'Odile Marchetti opened the bakery on Quay Lane in 1998 with her daughter, Renata, then twelve.',
      '“I counted the loaves every night,” Odile says.',
      'Renata Marchetti, now 39, runs the ovens. “She still counts them,” she says.',
      '“Somebody has to,” her mother says.',
    ]);
    expect(speakerOf(res, 'Somebody has to')).toBe('Odile Marchetti');
  });

  it('"his brother replies" between two brothers who share a surname', () => {
    const res = analyzeParagraphs([
      'Tomas Quillfeather, 61, and his younger brother Emil Quillfeather have repaired clocks on Mercer Row since 1990.',
      '“He is slower than the clocks,” Tomas says.',
      '“I am careful,” Emil says.',
      '“Careful and slow,” his brother replies.',
    ]);
    expect(speakerOf(res, 'Careful and slow')).toBe('Tomas Quillfeather');
  });

  it('a relative nobody was named as, with two people who may be meant, is left for review', () => {
    const res = analyzeParagraphs([
      'Police constable Hana Dvorak said the boy, Lukas, had been found in a barn by farmer Greta Sollberg.',
      '“We never stopped looking,” his mother said.',
    ]);
    expect(speakerOf(res, 'We never stopped')).not.toBe('Hana Dvorak');
    expect(speakerOf(res, 'We never stopped')).not.toBe('Greta Sollberg');
  });

  it('"The drivers union, the Fenwright Transport Association, said": the name set off after the kind', () => {
    const res = analyzeText('The drivers union, the Fenwright Transport Association, said in a statement that it would “consider every option, including a strike,” to protect its members.');
    expect(speakerOf(res, 'consider every')).toBe('Fenwright Transport Association');
  });

  it('"the group Fair Rent Pellowby" is an organisation, whatever its words say', () => {
    const lp = analyzeParagraphLocal('But campaigner Ruth Abernathy, of the group Fair Rent Pellowby, backed the residents.');
    expect(lp.mentions.map((m) => [m.name, m.type])).toEqual([
      ['Ruth Abernathy', 'person'],
      ['Fair Rent Pellowby', 'org'],
    ]);
  });

  it('"Brig. Gen." before a name is a title, not a sentence end', () => {
    const res = analyzeText('“We are ready,” said Brig. Gen. Marcus T. Ellingwood, the deputy commander of the training division.');
    expect(speakerOf(res, 'We are ready')).toBe('Marcus T. Ellingwood');
  });

  it('"I’d" is no one’s name', () => {
    const res = analyzeParagraphs(['HOST: What do you tell people?', 'PRIOR: My neighbour said, “Lock the gate,” and I’d say the same.']);
    expect(res.cast.map((c) => c.name)).not.toContain('I’d');
    expect(speakerOf(res, 'Lock the gate') ?? '').not.toBe('I’d');
  });

  it('a place named after "near" is no firm "the company" can mean', () => {
    const res = analyzeParagraphs([
      'Harbour Link said on Sunday that the fault that stranded 300 passengers near Harwood Junction had been caused by “a worn cable.”',
      '“We apologise to everyone who was delayed,” the company said in a statement.',
    ]);
    expect(speakerOf(res, 'We apologise') ?? '').not.toBe('Harwood Junction');
  });

  it('"DISTRICT MANAGER: “...”" is the district manager the story named; "MODERATOR:" with none named is for review', () => {
    const res = analyzeParagraphs([
      'Speaking at the meeting were Cllr Amos Threlkeld and district manager Ffion Caddick, with an unnamed moderator.',
      'CLLR THRELKELD: “The car park is full every Saturday.”',
      'DISTRICT MANAGER: “No decision has been taken.”',
      'MODERATOR: “Thank you both.”',
    ]);
    expect(speakerOf(res, 'The car park')).toBe('Amos Threlkeld');
    expect(speakerOf(res, 'No decision')).toBe('Ffion Caddick');
    expect(uncertain(res, 'Thank you both')).not.toBe('Ffion Caddick');
  });

  it('"Local TD" is an Irish parliamentary title, not part of the name', () => {
    const res = analyzeParagraphs(['Local TD Gráinne Ó Dálaigh said the delay was “a disgrace”.', '“People were promised a plant in 2019,” she said.']);
    expect(speakerOf(res, 'a disgrace')).toBe('Gráinne Ó Dálaigh');
    expect(speakerOf(res, 'People were promised')).toBe('Gráinne Ó Dálaigh');
  });

  it('"the Chief Public Relations Officer of the port authority" in capitals is a title, never a name', () => {
    const res = analyzeText('“Two berths will reopen on Friday,” said the Chief Public Relations Officer of the Marrow Bay Port Authority, T. Anand Kumaraswamy.');
    expect(res.cast.map((c) => c.name)).not.toContain('Public Relations Officer');
    expect(speakerOf(res, 'Two berths') ?? '').not.toBe('Public Relations Officer');
  });

  it('"The letter, dated June 2 and seen by the Courier, warned": the letter, not the paper that saw it', () => {
    const res = analyzeText('The letter, dated June 2 and seen by the Halden Courier, warned governors that the roof was “close to failure”.');
    expect(speakerOf(res, 'close to failure')).toBe('the letter');
  });

  it('"St. Jude Cathedral, Umuleri," is a place; the bishop who spoke there is the speaker', () => {
    const res = analyzeParagraphs([
      'The Rt. Rev. Obinna Chukwuma-Ede, who spoke at a service at St. Jude Cathedral, Umuleri, said, “Nobody should die for an election.”',
      'He urged the commission to publish results “ward by ward”.',
    ]);
    expect(speakerOf(res, 'Nobody should')).toBe('Obinna Chukwuma-Ede');
    expect(res.cast.map((c) => c.name)).not.toContain('Umuleri');
  });

  it('a study "titled" a sentence-case title of any length is no quote', () => {
    const res = analyzeText('The study, titled “Salinity gradients and eelgrass recovery in three northern estuaries over a decade of monitoring”, was published on Monday.');
    expect(res.quotes).toEqual([]);
  });

  it('a nickname the next words call a nickname is no quote; the words after it still are', () => {
    const res = analyzeParagraphs([
      'Councilwoman Linda Osei-Barrow leads businessman Carl Kessler by five points.',
      'Kessler has been running ads calling his opponent “Linda Tax-and-Spend,” a nickname Osei-Barrow said she found “a little childish.”',
    ]);
    expect(res.quotes.map((q) => q.text)).toEqual(['a little childish.']);
  });

  it('"His firm, Brightvane, has sold ..." makes Brightvane an organisation, never the "he" who speaks', () => {
    const res = analyzeParagraphs([
      'Tunde Okafor-Lane does not like the word “founder”.',
      'His firm, Brightvane, has sold 4,000 solar lamps since 2019. “My mother taught me the maths,” he says.',
    ]);
    expect(speakerOf(res, 'My mother taught')).toBe('Tunde Okafor-Lane');
  });

  it('a quote signed after a dash, as oral histories print them, is the signer’s', () => {
    const res = analyzeParagraphs([
      'The Dunmarra ironworks closed in 1984. We asked some of those who were there what they remember.',
      '‘The siren went at noon and never went again.’ — Effie Doig, 80, canteen worker',
      '‘We walked home in silence, all of us.’ — Rab Lennox, 77, fitter',
    ]);
    expect(speakerOf(res, 'The siren went')).toBe('Effie Doig');
    expect(speakerOf(res, 'We walked home')).toBe('Rab Lennox');
  });

  it('"said she was told of it “...”": the one told, reporting it, is speaking', () => {
    const res = analyzeText('Speaking on local radio on Monday, the Minister for Transport, Aoibheann Ní Laoire, said she was told of the closure “on the Friday night, like everyone else”.');
    expect(speakerOf(res, 'on the Friday night')).toBe('Aoibheann Ní Laoire');
  });

  it('"operator Railvane UK said" is the firm, never "she" later', () => {
    const res = analyzeParagraphs([
      '“We apologise to everyone affected,” operator Railvane UK said in a post.',
      'Transport Minister Wen Qiaolian said the regulator would investigate. “Commuters deserve better,” she said.',
    ]);
    expect(res.cast.find((c) => c.name === 'Railvane UK')?.kind).toBe('organization');
    const q = quoteOf(res, 'Commuters deserve');
    expect(nameOf(res, q.speakerId ?? q.suggestedSpeakerId)).toBe('Wen Qiaolian');
  });

  it('"A spokesman for ... said" then "The spokesman, Inspector Tom Rudd, added": his words, all of them', () => {
    const res = analyzeParagraphs([
      'A spokesman for Wessex Police said a man had been arrested. “He is helping with inquiries,” he said.',
      'The spokesman, Inspector Tom Rudd, later added: “There is no wider risk to the public.”',
    ]);
    expect(speakerOf(res, 'He is helping')).toBe('Tom Rudd');
    expect(speakerOf(res, 'There is no wider')).toBe('Tom Rudd');
  });

  it('"the Sierra Vantora Observatory" is an institution, never the "she" of the woman who works there', () => {
    const res = analyzeParagraphs([
      'On a clear night at the Sierra Vantora Observatory, Ilsabet Varga-Moody can see about 2,000 stars with her naked eye. She has spent twenty years looking at one of them.',
      '“It dims,” she says. “Every nine days, a little.”',
    ]);
    const q = quoteOf(res, 'It dims');
    expect(nameOf(res, q.speakerId ?? q.suggestedSpeakerId)).toBe('Ilsabet Varga-Moody');
  });

  it('"managing director Priyamvada Sethi said": a participle that is part of the title', () => {
    const res = analyzeText('“Demand came early this year,” managing director Priyamvada Sethi said on an earnings call.');
    expect(speakerOf(res, 'Demand came early')).toBe('Priyamvada Sethi');
  });

  it('"the Auditor General’s report says": a document a name owns speaks', () => {
    const res = analyzeText('“The council paid for work that was never done,” the Auditor General’s report says.');
    expect(speakerOf(res, 'The council paid')).toBe('the Auditor General’s report');
  });

  it('"the recall notice says": a verb’s form between "the" and a document is no verb', () => {
    const res = analyzeText('‘The lid may shatter when heated,’ the recall notice says.');
    expect(speakerOf(res, 'The lid may')).toBe('the recall notice');
  });

  it('"said her nephew, Rory Gallacher": relatives set off after the verb, as roles are', () => {
    const res = analyzeText('‘She never missed a birthday,’ said her nephew, Rory Gallacher. ‘Not one in forty years.’');
    expect(speakerOf(res, 'She never missed')).toBe('Rory Gallacher');
    expect(speakerOf(res, 'Not one in')).toBe('Rory Gallacher');
  });

  it('"the Minister for Housing, Clodagh Ní Riain," gives her the title "the minister" finds later', () => {
    const res = analyzeParagraphs([
      'Speaking on local radio on Friday, the Minister for Housing, Clodagh Ní Riain, said the scheme would go ahead.',
      'Presenter Siobhán Kearney asked whether the council had been told. “If they were, it didn’t reach my desk,” the minister said.',
    ]);
    expect(speakerOf(res, 'If they were')).toBe('Clodagh Ní Riain');
  });

  it('"Host X asked why ... "...," she said." is not sure to be the host: the one asked may be answering', () => {
    const res = analyzeParagraphs([
      'Provincial transport MEC Nomsa Dlamini-Shaw said on Radio Kaya on Monday that taxi ranks which had not been repaired by the end of the month would be “first in the next budget”.',
      'Host Themba Mabuza-Pillay asked why some ranks had waited since January. “That is fair, and the contractor failed us,” she said.',
    ]);
    expect(speakerOf(res, 'That is fair')).toBeNull();
  });

  it('"the airport said in a statement" is the airport speaking', () => {
    const res = analyzeParagraphs([
      'Hundreds of flights were delayed at Harwick Airport on Friday after a radar fault.',
      '‘Safety has not been compromised at any point,’ the airport said in a statement.',
    ]);
    expect(speakerOf(res, 'Safety has not')).toMatch(/airport/i);
  });

  it('"the “improved” timetable": a word held up between a determiner and its noun is no quote; "called it the “worst” deal" still is', () => {
    const res = analyzeParagraphs([
      'Commuters in Harrowgate say the “improved” tram timetable has left them waiting longer.',
      'Councillor Ada Brennock called it the “worst” deal the town had signed.',
    ]);
    expect(res.quotes.map((q) => q.text)).toEqual(['worst']);
  });

  it('"Hartfield forward Oyinkansola Adeyemi-Rusk": a player\'s position is a title before her name', () => {
    const res = analyzeParagraphs([
      'Tessaly Vale scored 22 points as Brookmoor beat Hartfield 70-61 on Sunday.',
      '“We kept shooting,” Vale said.',
      'Hartfield coach Anneke Brouwer said her team had run out of legs.',
      'Hartfield forward Oyinkansola Adeyemi-Rusk, who finished with 19 points, said her team never recovered from a slow start.',
      '“They hit us early and we never hit back,” she said.',
    ]);
    const q = quoteOf(res, 'They hit us');
    expect(nameOf(res, q.speakerId ?? q.suggestedSpeakerId)).toBe('Oyinkansola Adeyemi-Rusk');
  });
});



describe('round 22: appositives without a determiner, someone new named, titles opening a name, the one asked answering, bracketed honorifics', () => {
  it('"Name, chief economist at Firm, disagreed. "...," he said." is that economist, not the analyst quoted before', () => {
    const res = analyzeParagraphs([
      '“Mortgage demand is only resting,” said Oskar Lindahl, head of research at Fenmark Capital.',
      'Daniel Ortega-Whitby, chief economist at Harlow Securities, disagreed. “Buyers have simply run out of room,” he said.',
    ]);
    expect(speakerOf(res, 'Buyers have simply')).toBe('Daniel Ortega-Whitby');
  });

  it('"Dr X, a surgeon at the Y Children’s Heart Unit, said ..." keeps the unit out of the pronoun\'s way', () => {
    const res = analyzeParagraphs([
      'Maeve Corrigan, 47, swam the length of Lough Carra for the ward that treated her daughter.',
      'Dr Lachlan Renwick, a paediatric surgeon at the Carra Children’s Heart Unit, said the money would buy two monitors. ‘What Maeve did was remarkable,’ he said.',
    ]);
    expect(speakerOf(res, 'What Maeve did')).toBe('Lachlan Renwick');
  });

  it('"Another evacuee, Name, said ..." makes the named evacuee the sentence\'s subject', () => {
    const res = analyzeParagraphs([
      '"The wind turned at about four," Fire Chief Ron Delgado said.',
      'Another evacuee, Tomasz Wierzbicki, said sheriff\'s deputies had knocked on every door. "They gave us ten minutes," he said.',
    ]);
    expect(speakerOf(res, 'They gave us')).toBe('Tomasz Wierzbicki');
  });

  it('"Central bank Governor Name, speaking at ..., said ..." is the governor: the capitalised word before the title and the town in the phrase are no rivals', () => {
    const res = analyzeParagraphs([
      '“The numbers are ugly,” said Harriet Olumide-Shaw, an economist at Pellow Bank.',
      'Central bank Governor Ingrid Vasquez-Lund, speaking at a forum in Marrowby later on Tuesday, said one bad month would not move her. “We look past single prints,” she said.',
    ]);
    expect(speakerOf(res, 'We look past')).toBe('Ingrid Vasquez-Lund');
  });

  it('"Lawyer Name asked the witness how she knew. "...," she said." is the witness answering, not the lawyer of the other gender', () => {
    const res = analyzeParagraphs([
      '“I saw the van twice that night,” said the witness, Rosalind Achterberg, who lives next door.',
      'Defence lawyer Gareth Pennington asked Achterberg how she could be certain of the colour. “I painted my own van that colour in 1998,” she said.',
    ]);
    expect(speakerOf(res, 'I painted my own')).toBe('Rosalind Achterberg');
  });

  it('"Chief (Mrs) Name" reads the bracketed honorific: she is the "she" of the next paragraph', () => {
    const res = analyzeParagraphs([
      'Villagers in Oke-Ilu have thanked a businesswoman, Chief (Mrs) Oluwakemi Adesanya-Bello, for a new health post.',
      'The community head, Baale Rotimi Olaniyan, said the post had ended long trips to town.',
      'Adesanya-Bello said she had been inspired by her late father.',
      '“He always said a village is only as strong as its weakest child,” she said.',
    ]);
    expect(speakerOf(res, 'He always said')).toBe('Oluwakemi Adesanya-Bello');
  });
});

describe('round 22: organisations by their kind, their capitals and their statements', () => {
  it('"the regulator said" is the one organisation named before whose name says it regulates, not the bank it fined', () => {
    const res = analyzeParagraphs([
      'The Pensions Oversight Board fined Kestrel Bank £9 million on Monday over missing annual statements.',
      'In its final notice, the regulator said: ‘Savers were left in the dark for years.’',
    ]);
    expect(speakerOf(res, 'Savers were left')).toBe('Pensions Oversight Board');
  });

  it('"The hospital said" after "Nurses at St. Brigid’s Medical Centre say ...": the medical centre, named whole', () => {
    const res = analyzeParagraphs([
      'Nurses at St. Brigid’s Medical Centre in Galway say the maternity ward is short of six midwives.',
      '“We cover it with overtime every single week,” said Aoife Kinsella, a midwife there for 14 years.',
      'The hospital said in a statement that it “meets every national staffing standard”.',
    ]);
    expect(speakerOf(res, 'meets every national')).toBe('St. Brigid’s Medical Centre');
  });

  it('"the NWA said" after "the National Water Agency (NWA)": the agency under its full name', () => {
    const res = analyzeParagraphs([
      'Reservoir levels in the south fell below 40 per cent for the first time since 2019, the National Water Agency (NWA) said on Monday.',
      'In a notice to farmers, the NWA said irrigation should “pause between noon and 6pm”.',
    ]);
    expect(speakerOf(res, 'pause between noon')).toBe('National Water Agency');
  });

  it('"the statement said" after "according to a statement from the X Police Department" is the department', () => {
    const res = analyzeParagraphs([
      'A 71-year-old man with dementia has been missing since he left his home in Corliss on Tuesday.',
      'Walter Brenning was last seen near the bus depot, according to a statement from the Corliss Police Department. “He may appear confused and may not know his address,” the statement said.',
    ]);
    expect(speakerOf(res, 'He may appear')).toBe('Corliss Police Department');
  });

  it('"the statement read" after "The command’s spokesman, SP Name, confirmed it in a statement" is the spokesman', () => {
    const res = analyzeParagraphs([
      'Gunmen attacked a filling station on the Idogo highway on Saturday night, residents said.',
      'The state police command’s spokesman, SP Olumide Fashola-Grant, confirmed the attack in a statement. “Two suspects have been arrested and a manhunt is on for the rest,” the statement read.',
    ]);
    expect(speakerOf(res, 'Two suspects have')).toBe('Olumide Fashola-Grant');
  });
});

describe('round 22: single quotes closed before a word no possessive precedes', () => {
  it('"had ‘run out of road’ and added: ‘…’" is two quotes: "promises’ and" is no plural possessive', () => {
    const res = analyzeParagraphs([
      'Tenants’ groups were furious. Delia Marsh, who chairs the Westfield Tenants’ Association, said the landlord had ‘run out of promises’ and added: ‘Families are sleeping in damp rooms tonight.’',
    ]);
    expect(res.quotes.map((q) => q.text)).toEqual(['run out of promises', 'Families are sleeping in damp rooms tonight.']);
    expect(speakerOf(res, 'Families are sleeping')).toBe('Delia Marsh');
  });
});

describe('round 22: a pronoun subject carried past whom it acted on, a place inside a set-off clause', () => {
  it('"Name ... He said his neighbour, Other, had woken him. "...," he said." is Name, not the neighbour he reported', () => {
    const res = analyzeParagraphs([
      '“We pulled 31 people out by boat,” said watch manager Colin Ashby of the county fire service.',
      'Resident Walter Pryce, 81, was carried from his cottage by firefighters. He said his neighbour, Stanley Garrod, had hammered on his door at 3am. “If he hadn’t, I’d have drowned in my bed,” he said.',
    ]);
    expect(speakerOf(res, 'If he hadn')).toBe('Walter Pryce');
  });

  it('"Mayor Name said ... He praised Other’s team. "...," he said." is the mayor, not the one whose team he praised', () => {
    const res = analyzeParagraphs([
      'County health officer Dr. Raymond Achebe told residents to stay inside. “If you can smell it, you are breathing it,” he said.',
      'Mayor Gordon Whitlow said the city had opened four cooling centers. He thanked Achebe’s staff for working through the night. “Ray rang me at five and by nine we were open,” he said.',
    ]);
    expect(speakerOf(res, 'Ray rang me')).toBe('Gordon Whitlow');
  });

  it('"Name, who runs a shop in Town, County, said ... "...," she said." reads past the county to her verb', () => {
    const res = analyzeParagraphs([
      'The Food Standards Office said shoppers should return the jars. “We are acting out of caution,” the office said in a statement.',
      'Grocer Róisín Ó Catháin, who runs a shop in Kilbrack, Co Sligo, said customers had queued all morning. “People are worried, and I understand why,” she said.',
    ]);
    expect(speakerOf(res, 'People are worried')).toBe('Róisín Ó Catháin');
  });
});

describe('round 22: a long body before a titled name, relatives named by a first name', () => {
  it('"Food Safety and Standards Board director general Dr Name said ... "...," she said." is the director general', () => {
    const res = analyzeParagraphs([
      'Growers in Matundu County were told on Monday to hold back this season’s sorghum until it is tested.',
      'Crop Health and Inspection Agency director general Dr Nyokabi Wachira said some samples were far over the limit. “This grain must not reach a market,” she said.',
    ]);
    expect(speakerOf(res, 'This grain must')).toBe('Nyokabi Wachira');
  });

  it('"Mr Name’s wife, Helga, called ... "...," she told the inquest" is the wife, named by her first name', () => {
    const res = analyzeParagraphs([
      'Coroner Margaret Oduya found that Dennis Whitlock, 58, was failed by an ambulance service that had too few crews.',
      'Mr Whitlock’s wife, Ingeborg, rang for help three times. “They kept saying someone was on the way,” she told the inquest.',
    ]);
    expect(speakerOf(res, 'They kept saying')).toBe('Ingeborg');
  });

  it('"with his father, Seán, ... / his father said:" is the father the story named', () => {
    const res = analyzeParagraphs([
      'A 16-year-old boy died when the tractor he was driving overturned on a farm near Kilmoran, an inquest heard.',
      'Darragh Quilty-Noone had been baling hay with his father, Pádraig, on the evening of 3 July.',
      'Giving evidence at the coroner’s court in Ennisfarne, his father said: “I heard the engine stop and I knew.”',
    ]);
    expect(speakerOf(res, 'I heard the engine stop')).toBe('Pádraig');
  });
});

describe('round 22: a statement read out, a title with its department', () => {
  it('"One victim, a widow, said in a statement read to the court: ‘…’" is the victim, not the statement', () => {
    const res = analyzeParagraphs([
      'A roofer who took £90,000 from pensioners for work he never did was jailed for five years at Harcombe Crown Court.',
      'One victim, an 88-year-old widower, said in a statement read to the court: ‘I no longer answer the door to anyone.’',
    ]);
    expect(speakerOf(res, 'I no longer answer')).toMatch(/widower|victim/);
  });

  it('"said Deputy Commissioner of Police Name" is the named officer, not "Commissioner"', () => {
    const res = analyzeParagraphs([
      'Three workers died when a fire swept through a paint warehouse in the Lakdi Pul area late on Sunday.',
      '"The owner has been booked and is being questioned," said Deputy Commissioner of Police Meera Raghavan.',
    ]);
    expect(speakerOf(res, 'The owner has been')).toBe('Meera Raghavan');
  });
});

describe('round 22: a firm by its kind and its first word, an unnamed source set off with a place', () => {
  it('"Coffee chain Haddow Brennick ... / In a statement, Haddow said: …" is the chain, an organisation under its full name', () => {
    const res = analyzeParagraphs([
      'Coffee chain Haddow Brennick is closing 19 cafes across the region, the company confirmed on Monday.',
      'In a statement, Haddow said: “These were painful choices made after a long review.”',
    ]);
    expect(speakerOf(res, 'These were painful')).toBe('Haddow Brennick');
    expect(res.cast.find((c) => c.name === 'Haddow Brennick')?.kind).toBe('organization');
  });

  it('"A cashier at one of the shops, in Drumlea, said ... "...," she said." is the unnamed cashier, not the firm', () => {
    const res = analyzeParagraphs([
      'Bakery chain Crumbhill Loaves is shutting 14 shops in the north, the company said on Tuesday.',
      'In a statement, Crumbhill said: “These were painful choices made after a long review.”',
      'A cashier at one of the closing branches, in Drumlea, said staff were told by text. “We found out from our phones,” she said.',
    ]);
    expect(speakerOf(res, 'We found out')).toMatch(/cashier/);
  });
});

describe('round 22: a quote within a British single-quoted quote', () => {
  it('‘He said, “Then we’ll have a good year.”’ is one quote, the outer one, and its speaker the one who recalls it', () => {
    const res = analyzeParagraphs([
      'Owain Pritchard and Dele Makinde have run a record shop in Llanfair Deg since 2001.',
      'The shop nearly closed in 2019. ‘I said we had a year left,’ Owain recalls. ‘He said, “Then we’ll have a good year.”’',
    ]);
    expect(res.quotes.map((q) => q.text)).toEqual(['I said we had a year left,', 'He said, “Then we’ll have a good year.”']);
    expect(speakerOf(res, 'He said, “Then')).toBe('Owain Pritchard');
  });

  it('a single-quoted word inside a double-quoted quote stays nested: the double marks are the quote', () => {
    const res = analyzeParagraphs(['“She told me ‘never again’ and walked out,” said Marta Oyelowo.']);
    expect(res.quotes.map((q) => q.text)).toEqual(['She told me ‘never again’ and walked out,']);
  });
});

describe('round 22: one person under a first name and then a full one', () => {
  it('"with her son, Tobiah, ... / Tobiah Greenhalgh, now 31, ..." is one cast member, named in full', () => {
    const res = analyzeParagraphs([
      'Miriam Greenhalgh opened the hardware shop on Fore Street in 1990 with her son, Tobiah, then nine.',
      '“I knew every screw by its first name,” Miriam says.',
      'Tobiah Greenhalgh, now 31, runs the counter. “She still knows them,” he says.',
    ]);
    expect(res.cast.filter((c) => /Tobiah/.test(c.name)).map((c) => c.name)).toEqual(['Tobiah Greenhalgh']);
    expect(speakerOf(res, 'She still knows')).toBe('Tobiah Greenhalgh');
  });
});

describe('round 23: transcripts whose turns are in quotation marks', () => {
  it("'SURNAME: “…”' turns go to the person of that surname, the questions to the questioner, even when the surname is a place's name", () => {
    const res = analyzeParagraphs([
      'Below is part of Monday’s news conference with Harbourside coach Renate Kowalczyk and her captain, Dylan Darlington, before the final.',
      'KOWALCZYK: “We have a full squad to pick from.”',
      'QUESTION: “Dylan, is the knee right?”',
      'DARLINGTON: “It’s fine. I trained all week without strapping.”',
    ]);
    expect(speakerOf(res, 'We have a full')).toBe('Renate Kowalczyk');
    expect(speakerOf(res, 'Dylan, is the knee')).toBe('reporter');
    expect(speakerOf(res, 'It’s fine')).toBe('Dylan Darlington');
  });

  it("'PRESENTER NAME SURNAME: “…”' is the named presenter, and his later 'SURNAME:' turn is his, not the guest's", () => {
    const res = analyzeParagraphs([
      'The head of the water company Brookfield Utilities, Anneke Vos, was interviewed on morning radio about the leaks. An edited transcript:',
      'PRESENTER OWEN MATHIESON: “How many litres a day are you losing?”',
      'VOS: “Too many. About a fifth of what we treat.”',
      'MATHIESON: “And who pays for that?”',
    ]);
    expect(speakerOf(res, 'How many litres')).toBe('Owen Mathieson');
    expect(speakerOf(res, 'Too many')).toBe('Anneke Vos');
    expect(speakerOf(res, 'And who pays')).toBe('Owen Mathieson');
  });

  it("a role's turn ('HOST: “…”') is whoever the story named in that role; with no one named in it, it is flagged", () => {
    const res = analyzeParagraphs([
      'Senator Joan Atherley appeared on Sunday’s programme, hosted by Marcus Oyelaran, to defend the bill.',
      'HOST: “Your own party says this goes too far.”',
      'ATHERLEY: “Some of my party. Not most.”',
    ]);
    expect(speakerOf(res, 'Some of my party')).toBe('Joan Atherley');
    uncertain(res, 'Your own party');
  });

  it("'NEW DELHI: “…,” the minister said.' stays a dateline", () => {
    const res = analyzeText('NEW DELHI: “The scheme will reach every district by March,” Rural Development Minister Kavita Rao said on Friday.');
    expect(speakerOf(res, 'The scheme will')).toBe('Kavita Rao');
  });
});

describe('round 23: the subject past an addressee, a set-off clause and an unnamed body', () => {
  it('"and urged young players to “…”" is the subject\'s, not the players\'', () => {
    const res = analyzeText('A spokesman for the Eastern Cricket Board said it backed the ban and urged young players to “walk away from anyone offering money”.');
    expect(speakerOf(res, 'walk away')).not.toBe('young players');
    expect(speakerOf(res, 'walk away')).toMatch(/spokesman/);
  });

  it('"The Health Secretary, Name, said ... and urged the union to “…”" is the named secretary', () => {
    const res = analyzeText("The Health Secretary, Priyanka Sandhu, said the deal was 'the best on offer' and urged the union to 'put it to members without delay'.");
    expect(speakerOf(res, 'put it to members')).toBe('Priyanka Sandhu');
  });

  it('"Name, whose crew includes a plumber and a teacher, said: “…”" is the named person, not the teacher in the clause', () => {
    const res = analyzeText("Skipper Rory Gillanders, whose crew includes a plumber, two students and a retired teacher, said: 'We sail for the fun of it.'");
    expect(speakerOf(res, 'We sail')).toBe('Rory Gillanders');
  });

  it('"an independent disciplinary commission found ... / the commission said “…”" is the commission, not the club named in between', () => {
    const res = analyzeParagraphs([
      'Fenwick Albion defender Kyle Marsh has been banned for four games after an independent disciplinary commission found he had spat at an opponent.',
      'In its written reasons, the commission said Marsh had shown “a complete lack of remorse”.',
      'Albion said they would study the reasons before deciding whether to appeal.',
    ]);
    expect(speakerOf(res, 'a complete lack')).toBe('the commission');
  });
});

describe('round 23: nationalities, owned bodies, verbs of calling, a description with a phrase of its own', () => {
  it('"One senior British official, speaking on condition of anonymity, said ... “…,” the official said." is that unnamed official, not "British"', () => {
    const res = analyzeText("One senior British official, speaking on condition of anonymity, said the talks had stalled. 'Nobody is moving,' the official said.");
    expect(speakerOf(res, 'Nobody is moving')).toBe('senior British official (unnamed)');
    expect(res.cast.map((c) => c.name)).not.toContain('British');
  });

  it('"Place\'s defence ministry said ... and called the attack “…”" is the ministry, and so is a later "the ministry said"', () => {
    const res = analyzeParagraphs([
      'Ostravia’s interior ministry said border guards had been fired on from across the river overnight and called the shooting “an act of war”.',
      '“We will respond at a time of our choosing,” the ministry said.',
    ]);
    expect(speakerOf(res, 'an act of war')).toBe('Ostravia’s interior ministry');
    expect(speakerOf(res, 'We will respond')).toBe('Ostravia’s interior ministry');
  });

  it('"what it called “…”" after a body is that body\'s words, not a label', () => {
    const res = analyzeParagraphs(['Ostravia’s interior ministry on Monday expelled two diplomats over what it called “hostile activity” near the border.']);
    expect(res.quotes.map((q) => q.text)).toContain('hostile activity');
  });

  it('"Police said ... and described the crowd as “…”" is the police\'s, not the crowd\'s', () => {
    const res = analyzeText('Police said there had been three arrests and described the crowd as “good-natured from start to finish”.');
    expect(speakerOf(res, 'good-natured')).toBe('Police');
  });

  it('"according to his wife of 40 years, Name" is the named wife', () => {
    const res = analyzeParagraphs([
      'Walter Penhaligon, who ran the village post office for three decades, died on Sunday. He was 88.',
      'He kept working “because the customers were his friends,” according to his wife of 40 years, Maud Penhaligon.',
    ]);
    expect(speakerOf(res, 'because the customers')).toBe('Maud Penhaligon');
  });
});

describe('round 23: a feature\'s verbs, whose the words were said after them, and a document as "it"', () => {
  it('"“…,” Name corrects him." and the quote-only paragraph after are hers, not the man who spoke before', () => {
    const res = analyzeParagraphs([
      'Her accompanist of thirty years, Mr Goh Kian Seng, says she has never cancelled. “Not even for her own birthday,” he says.',
      '“My birthday is in the morning,” Madam Teo Siew Lan corrects him. “The concert is at night.”',
      '“People say the old songs are finished. They are not finished.”',
    ]);
    expect(speakerOf(res, 'My birthday')).toBe('Teo Siew Lan');
    expect(speakerOf(res, 'People say the old')).toBe('Teo Siew Lan');
  });

  it('a quote-only paragraph, then "That was Name, 9, who ..." is that person\'s, not the last speaker\'s', () => {
    const res = analyzeParagraphs([
      '“We were a month from closing,” said the club’s treasurer, Moira Dunleavy. “Then the town turned up.”',
      '“I gave my pocket money and my dad’s spare tyre.”',
      'That was Callum Roarke, 8, who has been coming to the club since he could walk.',
    ]);
    expect(speakerOf(res, 'I gave my pocket')).toBe('Callum Roarke');
  });

  it('"That was the verdict of club captain Name" after a quote-only paragraph is the captain\'s', () => {
    const res = analyzeParagraphs([
      '“Nobody could tell me what the penalty was for,” Barrow coach Ian Tolley said.',
      '“You take the rough with the smooth. We move on.”',
      'That was the calmer verdict of Barrow captain Nathan Oduya, who played on with a broken nose.',
    ]);
    expect(speakerOf(res, 'You take the rough')).toBe('Nathan Oduya');
  });

  it('"The report, titled ..., was released by X. It says ... “…”" is the report\'s, not an earlier capitalised name', () => {
    const res = analyzeParagraphs([
      'An audit of the Lindenfield Library has found that 1,200 books, including a First Folio facsimile, are missing.',
      'The report, published on Monday by the county auditor, runs to 90 pages. It says the catalogue had been “neglected for twenty years”.',
    ]);
    expect(speakerOf(res, 'neglected for twenty')).toBe('the report');
  });
});

describe('round 23: whose the words were, said in the sentence after them; an owner\'s role with a capitalised word', () => {
  it('"“…” That was the verdict of Name, a former manager, who ..." in the quote\'s own paragraph is hers, not the last speaker\'s', () => {
    const res = analyzeParagraphs([
      '"We ran out of road," the founder, Dev Arkwright, wrote to staff.',
      '"It\'s fair by industry standards, but we heard it from a journalist first." That was the verdict of Rhona Tillett, a former warehouse supervisor, who read the news on her phone.',
    ]);
    expect(speakerOf(res, "It's fair by industry")).toBe('Rhona Tillett');
  });

  it('"That was the response from chief executive Name" after two quote-only paragraphs gives him the second only', () => {
    const res = analyzeParagraphs([
      'Union organiser Tania Heke said drivers were worn out. "Nobody can do twelve-hour days for long," she said.',
      '"It is not safe."',
      '"We are surprised the union has walked away from talks."',
      'That was the response from Coachline chief executive Barry Lomu, who said the offer stood.',
    ]);
    expect(speakerOf(res, 'It is not safe')).toBe('Tania Heke');
    expect(speakerOf(res, 'We are surprised')).toBe('Barry Lomu');
  });

  it('"So said the Rail Minister, Name, who ..." after a quote-only paragraph is the minister\'s', () => {
    const res = analyzeParagraphs([
      "Campaign group FareFair called the rise 'a slap in the face for commuters'.",
      "'We have kept the increase below inflation for a second year.'",
      "So said the Transport Minister, Alison Gwynne, who insisted the railway was improving.",
    ]);
    expect(speakerOf(res, 'We have kept')).toBe('Alison Gwynne');
  });

  it('"said the company’s UK managing director, Name" is the named director, not "UK"', () => {
    const res = analyzeText('‘No one has been hurt,’ said the company’s UK managing director, Piers Aldington, ‘but we are taking no chances.’');
    expect(speakerOf(res, 'No one has been hurt')).toBe('Piers Aldington');
  });
});

describe('round 23: a second description before the name; a phrase opening the sentence with a word no one is called', () => {
  it('"said the company’s director and chief executive since 2019, the former Lyon-trained soprano Name" is the named singer, not the company', () => {
    const res = analyzeParagraphs([
      'PORTLAND — Columbia River Opera will stage a new work next season, the company announced Tuesday.',
      '"We owe our audience something they have not heard before," said the company\'s artistic director and chief executive since 2021, the former Lyon-trained soprano Margit Sølvberg-Hale.',
    ]);
    expect(speakerOf(res, 'We owe our audience')).toBe('Margit Sølvberg-Hale');
  });

  it('"Downstream near Place, Name, 66, watched ... “…,” he said." is the named man, not the last speaker', () => {
    const res = analyzeParagraphs([
      '"The levee will hold," said Ruben Castaneda, the county\'s emergency manager.',
      "Upriver from Kettle Point, Arlo Whitcombe, 71, watched the water take his fence line. \"I've seen it worse, but not by much,\" he said.",
    ]);
    expect(speakerOf(res, "I've seen it worse")).toBe('Arlo Whitcombe');
  });
});

describe('round 23: a press conference\'s questions, names in a phrase opening the sentence, a minister of state as subject', () => {
  it('"QUESTION: “…”" at a news conference is a reporter\'s', () => {
    const res = analyzeParagraphs([
      'An excerpt from Friday’s news conference with Harbourside coach Renate Kowalczyk.',
      'QUESTION: “Is the squad fit?”',
      'KOWALCZYK: “Everyone trained today.”',
    ]);
    expect(speakerOf(res, 'Is the squad fit')).toBe('reporter');
  });

  it('"Speaking at her last rally in Place on Friday, she said: “…”" is the subject of the sentence before, not a woman named earlier', () => {
    const res = analyzeParagraphs([
      'The run-off pits the incumbent, Marit Eklund, against the former finance minister Karin Vaag.',
      "Eklund, 58, has campaigned on her record. Speaking at her last rally in the harbour town of Brennvik on Friday, she said: 'We kept the hospitals open.'",
    ]);
    expect(speakerOf(res, 'We kept the hospitals')).toBe('Marit Eklund');
  });

  it('"Asked whether Name had trained, he said: “…”" is the coach who spoke before, not the player asked about', () => {
    const res = analyzeParagraphs([
      'Coach Gary Albright refused to discuss winger Corey Maddox. “Ask me about the game,” Albright said.',
      'Asked whether Maddox had been at training, he said: “He wasn’t here today. That’s all.”',
    ]);
    expect(speakerOf(res, 'He wasn’t here today')).toBe('Gary Albright');
  });

  it('"Minister of State for Digital Affairs Name said ... Speaking in Place, he said: “…”" is the minister', () => {
    const res = analyzeParagraphs([
      '“Fraudsters follow the shoppers,” said Superintendent Goh Wei Ming of the Commercial Crime Unit.',
      'Minister of State for Home Affairs Ahmad Zulkifli Hassan said sellers would have to prove who they are. Speaking at a dialogue in Bedok, he said: “If we can check a driver, we can check a seller.”',
    ]);
    expect(speakerOf(res, 'If we can check')).toBe('Ahmad Zulkifli Hassan');
  });
});

describe('round 23: a person noun opening a sentence before a role, an organisation beside the subject', () => {
  it('"Consumer advocate Name of the group Org welcomed ... “…,” he said." is the advocate, not the firm quoted before', () => {
    const res = analyzeParagraphs([
      'Northline Mobile, the biggest carrier, called the ruling “a step backwards” in a statement.',
      'Consumer advocate Réjean Bouchard of the group Fair Phones Quebec welcomed the ruling but said it came late. “It’s the right call, ten years late,” he said.',
    ]);
    expect(speakerOf(res, 'It’s the right call')).toBe('Réjean Bouchard');
    expect(res.cast.map((c) => c.name)).not.toContain('Consumer');
  });
});

describe('round 23: what someone is known as', () => {
  it('"known in the trade press as "the Baron of Backers," Name, says ..." is a name, not his words', () => {
    const res = analyzeText('The man known in the trade press as "the Baron of Backers," hardware designer Piet Oduya-Lund, says his latest campaign will be his last.');
    expect(res.quotes.map((q) => q.text)).toEqual([]);
  });

  it('"known to her fans as "the queen of small things," Name says ..." is a name too', () => {
    const res = analyzeText('The woman known to her fans as "the queen of small things," potter Ines Kowal, says her next show will be her last.');
    expect(res.quotes.map((q) => q.text)).toEqual([]);
  });
});

describe('round 24: honorifics of English-language papers around the world', () => {
  it('"said Coun. Name" and "said managing director Eng. Name" are the person, not the abbreviation', () => {
    const res = analyzeParagraphs([
      '“The buses run empty after nine,” said Coun. Harjit Bassi, who sits on the transit board. “We should say so.”',
      '“The new line opens in June,” said the authority’s managing director Eng. Moses Otieno Wafula.',
    ]);
    expect(speakerOf(res, 'The buses run empty')).toBe('Harjit Bassi');
    expect(speakerOf(res, 'We should say so')).toBe('Harjit Bassi');
    expect(speakerOf(res, 'The new line opens')).toBe('Moses Otieno Wafula');
    expect(res.cast.map((c) => c.name)).not.toContain('Coun');
    expect(res.cast.map((c) => c.name)).not.toContain('Eng');
  });
});

describe('round 24: who a phrase after a source belongs to', () => {
  it('"Name of the regional water board said" is the person, not the board', () => {
    const res = analyzeText('Tariq Hassan of the regional water board said the reservoirs were “lower than in any June on record.”');
    expect(speakerOf(res, 'lower than in any June')).toBe('Tariq Hassan');
  });

  it('"A police officer associated with the inquiry, requesting anonymity, said" is the unnamed officer, not the inquiry', () => {
    const res = analyzeText('A police officer associated with the inquiry, requesting anonymity, said the suspects had used “more than forty prepaid cards” to move the money.');
    expect(speakerOf(res, 'more than forty prepaid cards')).toBe('police officer (unnamed)');
  });

  it('"The operator, Name, said" stays the named operator', () => {
    const res = analyzeText('The operator, Coastline Ferries, said in a statement that crossings would resume “as soon as it is safe.”');
    expect(speakerOf(res, 'as soon as it is safe')).toBe('Coastline Ferries');
  });
});

describe('round 24: money with a currency prefix, and a judge who rules', () => {
  it('"Sh250,000" is no one: "she said" goes back to the woman described, never to the sum', () => {
    const res = analyzeParagraphs(['One of the buyers, a nurse who asked not to be named, said she had paid Sh250,000 from her savings. “I have nothing to show for it,” she said.']);
    expect(res.cast.map((c) => c.name)).not.toContain('Sh250');
    expect(speakerOf(res, 'I have nothing to show')).not.toBe('Sh250');
  });

  it('"“…,” she ruled" after "the magistrate said" is the magistrate', () => {
    const res = analyzeParagraphs([
      'Joseph Kariuki, 51, appeared before Senior Magistrate Lydia Achieng on Monday.',
      'Prosecutor Janet Atieno asked the court to deny bail. “The accused has absconded before,” Ms Atieno told the court.',
      'But the magistrate said no evidence of that had been produced. “Bail is a right, and allegations are not evidence,” she ruled.',
    ]);
    expect(speakerOf(res, 'Bail is a right')).toBe('Lydia Achieng');
  });
});

describe('round 24: magistrates, and one of a group of people', () => {
  it('"the magistrate said ... “…,” she said" finds the magistrate named with her title before', () => {
    const res = analyzeParagraphs([
      'Daniel Mutiso, 38, appeared before Senior Magistrate Rose Wanjiku on Tuesday.',
      'But the magistrate said the charge sheet was defective. “The prosecution must do its homework,” she said.',
    ]);
    expect(speakerOf(res, 'The prosecution must do')).toBe('Rose Wanjiku');
  });

  it('"A nurse who asked not to be named said she had paid Sh40,000. “…,” she said" is the nurse', () => {
    const res = analyzeParagraphs(['A nurse who asked not to be named said she had paid Sh40,000 for the course. “It was all a lie,” she said.']);
    expect(speakerOf(res, 'It was all a lie')).toBe('nurse (unnamed)');
  });

  it('"One of the tenants, a pensioner ..., said ... “…,” she said" is one of the tenants, described as a tenant', () => {
    const res = analyzeParagraphs([
      'Landlord Peter Okello was fined on Friday.',
      'One of the tenants, a pensioner who did not want her name used, said she had paid rent for a year. “The roof leaked every night,” she said.',
    ]);
    expect(speakerOf(res, 'The roof leaked')).toBe('tenant (unnamed)');
  });
});

describe('round 24: a colon dateline the lexicon does not know, and the one accused', () => {
  it('"TOWN: The story’s opening sentence" is a dateline, not a turn of someone called TOWN', () => {
    const res = analyzeParagraphs([
      'MARDANPUR: The no-confidence motion against Chief Minister Saeed Akhtar Rana will be taken up in the provincial assembly on Monday, officials confirmed on Friday.',
      'Speaking later at a rally in Kot Behram, the chief minister said he would “face the house with his head high.”',
    ]);
    expect(speakerOf(res, 'face the house')).toBe('Saeed Akhtar Rana');
  });

  it('"SMITH: a short answer in the first person" stays a turn', () => {
    const res = analyzeParagraphs(['SMITH: I told the board everything I knew, and I would tell them again today without hesitation.', 'JONES: Did you tell them about the second account?']);
    expect(res.quotes.length).toBeGreaterThan(0);
  });

  it('"... and accused Name of “…”" is the accuser, not the one accused', () => {
    const res = analyzeParagraphs([
      'Opposition leader Tariq Mehmood said the vote was lost. “The numbers are not there,” he said.',
      'Later, Chief Minister Saeed Akhtar Rana said he would stay and accused Mehmood of “selling dreams to the house.”',
    ]);
    expect(speakerOf(res, 'selling dreams')).toBe('Saeed Akhtar Rana');
  });
});

describe('round 24: titles with "of the", letters after a name, a title before a name set off', () => {
  it('"Leader of the Opposition Name TD told" is the person, named without the letters', () => {
    const res = analyzeText('Leader of the Opposition Gráinne Ní Fhloinn TD told the Dáil that renters were “paying for a crisis they did not make.”');
    expect(speakerOf(res, 'paying for a crisis')).toBe('Gráinne Ní Fhloinn');
  });

  it('"Counsel to the defendant, Chief Name (SAN), did not oppose ... but urged" is the counsel named', () => {
    const res = analyzeText('Counsel to the defendant, Chief Obinna Eze-Uche (SAN), did not oppose the application but urged the court to “bring this trial to an end.”');
    expect(speakerOf(res, 'bring this trial')).toBe('Obinna Eze-Uche');
  });
});

describe('round 24: whose post, which message, a branch with a number', () => {
  it('"The post by Name, published late Wednesday, said ... “…”" is the author, not the post; a report by someone stays the report', () => {
    const post = analyzeText('The post by Councillor Maeve Hartigan, published late Sunday, said the council had “buried the audit for a year.”');
    expect(speakerOf(post, 'buried the audit')).toBe('Maeve Hartigan');
    const report = analyzeText('A report by Professor Lena Ostrova, published on Monday, said the estuary was “in serious decline.”');
    expect(speakerOf(report, 'in serious decline')).toBe('the report');
  });

  it('"she wrote in one message, read aloud in court:" is her, not the message', () => {
    const res = analyzeParagraphs([
      'Prosecutors say Carla Deane, 39, texted the witness 20 times.',
      'Police allege she wrote in one message, read aloud in court on Tuesday: “You know where I live and I know where you live.”',
    ]);
    expect(speakerOf(res, 'You know where I live')).toBe('Carla Deane');
  });

  it('"said Local 12 President Name" is the president, not the local', () => {
    const res = analyzeText('“We are not asking for the moon,” said Local 12 President Dolores Ybarra.');
    expect(speakerOf(res, 'We are not asking')).toBe('Dolores Ybarra');
  });
});

describe('round 24: the elder and the younger of a family', () => {
  it('"the elder Hayes" is the older by the ages the story gave; "the younger Hayes" the other', () => {
    const res = analyzeParagraphs([
      'Every Saturday, Oren Hayes, 88, and his grandson Jalen Hayes, 21, run the pancake breakfast at the fire hall.',
      '“He burns the first batch every time,” the elder Hayes said.',
      '“He says that every week,” the younger Hayes said.',
    ]);
    expect(speakerOf(res, 'He burns the first')).toBe('Oren Hayes');
    expect(speakerOf(res, 'He says that every')).toBe('Jalen Hayes');
  });

  it('without ages, the one not called a daughter or a grandson is the elder', () => {
    const res = analyzeParagraphs([
      'When Maura Kinsella joined the ward in 1990, her daughter Niamh Kinsella was not yet born.',
      '“I still get lost on the night shift,” Niamh Kinsella said.',
      'The elder Kinsella said the ward had changed. “We used to have time to talk,” she said.',
    ]);
    expect(speakerOf(res, 'We used to have time')).toBe('Maura Kinsella');
  });
});

describe('round 24: a role set off with no determiner, a participle set off after a document', () => {
  it('"Name, president of Local 1182 ..., said the union had no warning." then a quote-only paragraph is theirs', () => {
    const res = analyzeParagraphs([
      'Angus Kolodziej, president of Local 407 of the Canadian Food Workers Union, said the union had been given no notice.',
      '“They signed a contract with us in March. Not once did they mention this.”',
    ]);
    expect(speakerOf(res, 'They signed a contract')).toBe('Angus Kolodziej');
  });

  it('"The offer document, sent to shareholders last week, states that ... “…”" is the document', () => {
    const res = analyzeText('The offer document, sent to shareholders last week, states that Harlow intends to keep the plant open “for at least three years” but promises nothing after that.');
    expect(speakerOf(res, 'for at least three years')).toBe('the offer document');
  });
});

describe('round 24: a role at the end of a longer clause, gardaí, a retort', () => {
  it('"..., where he was met by the party\'s state chairman, Chief Name." makes "the chairman said" that person, sure', () => {
    const res = analyzeParagraphs([
      'Adeyemi spoke at a rally in Ilora, where he was met by the party’s state chairman, Chief Tunde Okafor-Bello.',
      'Okafor-Bello, who spoke first, urged members to guard their votes. “Stay until the result is posted,” the chairman said.',
    ]);
    expect(speakerOf(res, 'Stay until the result')).toBe('Tunde Okafor-Bello');
  });

  it('"gardaí in Town said" are the gardaí, not the town', () => {
    const res = analyzeText('In a statement, gardaí in Ballinvane said they hoped the verdict would “bring some peace to the family”.');
    expect(speakerOf(res, 'bring some peace')).toBe('gardaí in Ballinvane');
  });

  it('""…," Name shot back." is a retort by Name', () => {
    const res = analyzeParagraphs(['Councillor Ruth Amadi said the lanes were working.', '“Then come and tell that to the shop owners,” Pettersen shot back, drawing applause.']);
    expect(speakerOf(res, 'Then come and tell')).toBe('Pettersen');
  });
});

describe('round 24: a surname alone after a relative of that name comes in', () => {
  it('"Okonkwo" stays the shopkeeper the story already called so, once "her mother, Ada Okonkwo" is named', () => {
    const res = analyzeParagraphs([
      'Every morning Ngozi Okonkwo opens the shutters of her shop on Market Road.',
      '“Bread tells me what kind of week it will be,” says Okonkwo, 47.',
      'She took over the shop from her mother, Ada Okonkwo, who opened it in 1988.',
      'These days Okonkwo says she makes almost nothing on bread. “I could charge more,” she says.',
    ]);
    expect(speakerOf(res, 'I could charge more')).toBe('Ngozi Okonkwo');
  });

  it('two of a name brought in together and never called by the surname alone: "Reilly said" stays unsure', () => {
    const res = analyzeParagraphs(['Tom Reilly and his son, Sean Reilly, have fished together for 20 years.', '“The quotas are killing us,” Reilly said.']);
    expect(speakerOf(res, 'The quotas')).toBeNull();
  });
});

describe('round 24: the speaker after the quote, past an owned person noun, two roles joined, "Atty."', () => {
  it('"said their conductor, Name, a teacher who ..." is the conductor named', () => {
    const res = analyzeText('“Half of them cried at take-off,” said their conductor, Lerato Mokoena, a Grade 6 teacher who has led the choir since 2012.');
    expect(speakerOf(res, 'Half of them cried')).toBe('Lerato Mokoena');
  });

  it('"said co-founder and chief executive Name" is the person', () => {
    const res = analyzeText('“The corner shop is not going anywhere,” said co-founder and chief executive Kavita Raman.');
    expect(speakerOf(res, 'The corner shop')).toBe('Kavita Raman');
  });

  it('"election supervisor Atty. Name told reporters" is the person', () => {
    const res = analyzeText('“The evidence was clear,” provincial election supervisor Atty. Rowena Bautista-Lim told reporters on Tuesday.');
    expect(speakerOf(res, 'The evidence was clear')).toBe('Rowena Bautista-Lim');
  });
});

describe('round 24: everyday forms of attribution, read whole', () => {
  it('"marketing director Name said" is the person (a word in -ing before a role is no participle)', () => {
    const res = analyzeText('“The new flavour sells itself,” marketing director Odile Brandt said in an interview.');
    expect(speakerOf(res, 'The new flavour')).toBe('Odile Brandt');
  });

  it('"said state Sen. Name", "said Mayor-elect Name", "parish priest Fr Name said"', () => {
    const a = analyzeText('“The bill is dead,” said state Sen. Corinne Baptiste.');
    expect(speakerOf(a, 'The bill is dead')).toBe('Corinne Baptiste');
    const b = analyzeText('“We start on day one,” said Mayor-elect Dariusz Wolak.');
    expect(speakerOf(b, 'We start on day one')).toBe('Dariusz Wolak');
    const c = analyzeText('“The roof will hold,” parish priest Fr Declan Moran said.');
    expect(speakerOf(c, 'The roof will hold')).toBe('Declan Moran');
  });

  it('""…," one resident, who did not want to be named, said" is the unnamed resident', () => {
    const res = analyzeParagraphs(['The council voted to close the library.', '“It was a shambles,” one resident, who did not want to be named, said.']);
    expect(speakerOf(res, 'It was a shambles')).toBe('resident (unnamed)');
  });

  it('"according to a statement from the bank" is the bank, not the statement', () => {
    const res = analyzeParagraphs(['Harlow Mutual cut 400 jobs on Monday.', '“We regret every one of these losses,” according to a statement from the bank.']);
    expect(speakerOf(res, 'We regret every one')).toBe('Harlow Mutual');
  });

  it('""…," was how Name put it" is Name', () => {
    const res = analyzeText('“We were second best all afternoon,” was how Rovers manager Tam Reid put it.');
    expect(speakerOf(res, 'We were second best')).toBe('Tam Reid');
  });

  it('"the Rovers manager said" with no manager named is no one, never "Rovers"', () => {
    const res = analyzeParagraphs(['“We were second best,” the Rovers manager said.', 'Rovers have lost four in a row.']);
    expect(speakerOf(res, 'We were second best')).not.toBe('Rovers');
  });
});

describe('round 24: quoted by an agency, a deputy set off after "her", the opposition', () => {
  it('""…," Name was quoted as saying by the state news agency" is Name', () => {
    const res = analyzeParagraphs(['The ministry announced new rules.', '“The rules apply from January,” Health Minister Irina Voss was quoted as saying by the state news agency.']);
    expect(speakerOf(res, 'The rules apply')).toBe('Irina Voss');
  });

  it('"Name and her deputy, Name2," gives Name2 the role: "her deputy said" suggests Name2, never a new unnamed deputy', () => {
    const res = analyzeParagraphs(['Irina Voss and her deputy, Tomas Reile, announced the rules.', '“They apply from January,” Voss said.', '“We listened to everyone,” her deputy said.']);
    const q = quoteOf(res, 'We listened');
    expect(nameOf(res, q.speakerId ?? q.suggestedSpeakerId)).toBe('Tomas Reile');
  });

  it('"The opposition called the rules “…”" is the opposition', () => {
    const res = analyzeParagraphs(['Irina Voss, the minister, announced the rules on Monday.', 'The opposition called the rules “too little, too late.”']);
    expect(speakerOf(res, 'too little')).toBe('the opposition');
  });
});

describe('round 24: a named owner\'s people', () => {
  it('"Name’s family said he was “…”" is the family, never the one who died', () => {
    const res = analyzeParagraphs(['Ewan Blackwood died on Monday aged 81.', 'Ewan Blackwood’s family said in a statement that he was “a gentle man who loved his garden.”']);
    expect(speakerOf(res, 'a gentle man')).toBe('Ewan Blackwood’s family');
  });
});

describe('round 24: a body and where it sits', () => {
  it('"The foreign ministry in Beijing accused Washington of “…”" is the ministry, not the city', () => {
    const res = analyzeText('The foreign ministry in Beijing accused Washington of “bullying its neighbours”.');
    expect(speakerOf(res, 'bullying its')).toBe('the foreign ministry');
  });
});

describe('round 24: a surname that is also a word, set off; the owner of an answer', () => {
  it('"Park, in a statement, said" and "Park, who has led the union since 2015, said:" are Ann Park', () => {
    const a = analyzeParagraphs(['Ann Park leads the nurses’ union.', 'Park, in a statement, said the offer was “an insult to every nurse”.']);
    expect(speakerOf(a, 'an insult')).toBe('Ann Park');
    const b = analyzeParagraphs(['Ann Park leads the nurses’ union.', 'Park, who has led the union since 2015, said: “We will not back down.”']);
    expect(speakerOf(b, 'We will not back down')).toBe('Ann Park');
  });

  it('"Outside, resident Name said:" is still the resident (a preposition set off is no one)', () => {
    const res = analyzeParagraphs(['The hearing ended at noon.', 'Outside, resident Thandi Mokoena, 61, said: “Let them sit in jail.”']);
    expect(speakerOf(res, 'Let them sit')).toBe('Thandi Mokoena');
  });

  it('"Her answer was simple: “…”" is hers', () => {
    const res = analyzeParagraphs(['Ann Kowalczyk leads the nurses’ union.', 'Her answer was simple: “Not a chance.”']);
    expect(speakerOf(res, 'Not a chance')).toBe('Ann Kowalczyk');
  });
});

describe('round 24: an unnamed source with a phrase after it', () => {
  it('"A person familiar with the plans said more cuts were “…”" is that person, unnamed', () => {
    const res = analyzeParagraphs(['Harlow Mutual cut 400 jobs.', 'A person familiar with the plans said more cuts were “likely next year”.']);
    expect(speakerOf(res, 'likely next year')).toMatch(/^person.*\(unnamed\)$/);
  });
});

describe('round 24: a quote after a sentence a pronoun reports', () => {
  it('"Those were hard years, she says. “…”" is hers', () => {
    const res = analyzeParagraphs(['Rosa Delgado came to the city in 1982 with $40 and a recipe book.', 'Those were hard years, she says. “I slept in the kitchen for two winters.”']);
    expect(speakerOf(res, 'I slept in the kitchen')).toBe('Rosa Delgado');
  });
});

describe('round 24: what a document states', () => {
  it('""…," the findings state." and ""…," the report states." are the document\'s, not the coroner\'s quoted before', () => {
    const res = analyzeParagraphs([
      'Coroner Helen Achterberg said the teenager’s friends had been “understandably frightened”.',
      '“The delay in telling the medical team was decisive,” the findings state.',
      '“Staff were not told what she had taken,” the report states.',
    ]);
    expect(speakerOf(res, 'The delay in telling')).toBe('the findings');
    expect(speakerOf(res, 'Staff were not told')).toBe('the report');
  });
});

describe('round 24: "the company said" the engine cannot tie to the firm it named', () => {
  it('after a one-word firm nothing showed to be a person, "the company said" is that firm or goes to review, never a sure "the company"', () => {
    const res = analyzeParagraphs([
      'Veltaro said on Monday it would raise prices.',
      'Campaigner Gwen Hartley said families were struggling.',
      'Analyst Oliver Banerjee said rises had become common.',
      'The company said in a statement that the rise would “allow us to keep investing”.',
    ]);
    expect(speakerOf(res, 'allow us to keep investing')).not.toBe('the company');
  });

  it('look-alike: with no name before it at all, "the company said" stays the company', () => {
    const res = analyzeParagraphs(['The company said demand had been “unprecedented”.']);
    expect(speakerOf(res, 'unprecedented')).toBe('the company');
  });
});

describe('round 24: a city\'s people as an epithet', () => {
  it('"says the Glaswegian, who fights next month" is the boxer named before, never a cast member called "Glaswegian"', () => {
    const res = analyzeParagraphs([
      'Callum Reddick has been punched for a living for fourteen years.',
      '‘My trainer saved my life,’ says the Glaswegian, who fights for the British title next month.',
    ]);
    expect(speakerOf(res, 'My trainer saved')).toBe('Callum Reddick');
    expect(res.cast.map((c) => c.name)).not.toContain('Glaswegian');
  });
});

describe('round 24: "Ma." for Maria, "According to him,"', () => {
  it('"Provincial Health Officer Dr. Ma. Teresa Villanueva said" is one sentence and her words', () => {
    const res = analyzeParagraphs(['The province declared a state of calamity.', '“Our hospitals are full,” Provincial Health Officer Dr. Ma. Luisa Pangilinan said in a radio interview.']);
    expect(speakerOf(res, 'Our hospitals are full')).toMatch(/Luisa Pangilinan$/);
  });

  it('"According to him, the Assembly will ... “…”" after the Speaker spoke is the Speaker\'s', () => {
    const res = analyzeParagraphs([
      'The Speaker, Rt. Hon. Musa Danladi Idris, commended members. He said: “This House will not be a rubber stamp.”',
      'According to him, the Assembly will monitor spending “ministry by ministry, quarter by quarter.”',
    ]);
    expect(speakerOf(res, 'ministry by ministry')).toBe('Musa Danladi Idris');
  });
});

describe('round 24: an age makes a person', () => {
  it('"Ford, 19, scored both goals. “…,” he said." is Ford, a person though the lexicon knows a firm of that name, never the team', () => {
    const res = analyzeParagraphs(['Rovers beat Ashgate 2-1 on Saturday.', 'Ford, 19, scored both goals. “I can’t believe it,” he said.']);
    expect(speakerOf(res, 'I can’t believe it')).toBe('Ford');
  });
});

describe('round 24: a role set off with no determiner before the verb', () => {
  it('"Name, head of research at Bank, said that demand was “…”" is the person, not the bank', () => {
    const res = analyzeParagraphs(['Oil prices fell on Monday.', 'Ines Castellano, head of commodities research at Harlow Mutual, said demand was “soft and getting softer”.']);
    expect(speakerOf(res, 'soft and getting softer')).toBe('Ines Castellano');
  });
});

describe('a name set off after the thing it names (after the blind measurement)', () => {
  it('"The signature dish, “ocean in a bowl”, costs £38." reports no quote', () => {
    const res = analyzeText('The restaurant’s signature dish, “ocean in a bowl”, costs £38.');
    expect(res.quotes.map((q) => q.text)).toEqual([]);
  });

  it('look-alike: "The mayor’s reply, “not now”, drew laughter." is still someone\'s words', () => {
    const res = analyzeText('The mayor’s reply, “not now”, drew laughter from the gallery.');
    expect(res.quotes.map((q) => q.text)).toEqual(['not now']);
  });
});

describe('round 25: a title the lexicon does not list, and a seat before a title', () => {
  it('"Taoiseach Mary Kelleher ... The Taoiseach said" is Kelleher, not someone called Taoiseach', () => {
    const res = analyzeParagraphs(['Taoiseach Mary Kelleher rejected the claims on Tuesday.', 'The Taoiseach said the figures reflected “a temporary dip”.']);
    expect(speakerOf(res, 'a temporary dip')).toBe('Mary Kelleher');
  });

  it('"“…,” the Cork South TD said" is the member who spoke, not someone called "South TD"', () => {
    const res = analyzeParagraphs(['Opposition leader Ann Burke raised the matter in the Dáil.', '“People are leaving,” the Cork South TD said.']);
    expect(speakerOf(res, 'People are leaving')).toBe('Ann Burke');
    const after = analyzeParagraphs(['Labour’s Ann Burke raised the matter.', '“People are leaving,” said the Bristol East MP.']);
    expect(speakerOf(after, 'People are leaving')).toBe('Ann Burke');
  });

  it('look-alike: "A spokeswoman for the Health Executive said" stays the unnamed spokeswoman', () => {
    const res = analyzeParagraphs(['Union leader Deirdre Foley said the figures were “a disgrace”.', 'A spokeswoman for the Health Executive said hospitals were “working hard on it”.']);
    expect(speakerOf(res, 'working hard')).not.toBe('Deirdre Foley');
  });
});

describe('round 25: the name set off after a long role, and a long name before its role', () => {
  it('"A chieftain of the Party (PPA) in Enugu State, Chief Name, has faulted ..., describing it as “…”" is the chief, past the brackets and "State"', () => {
    const res = analyzeText('A chieftain of the Progressive Peoples Alliance (PPA) in Enugu State, Chief Ikechukwu Obi, has faulted the decision, describing it as "ill-timed".');
    expect(speakerOf(res, 'ill-timed')).toBe('Ikechukwu Obi');
  });

  it('"said Mian Karim Shahzad Sethi, chairman of the All Pakistan Textile Mills Forum. He warned of “…”" is a person speaking twice, never the forum', () => {
    const res = analyzeParagraphs(['"We are priced out," said Mian Karim Shahzad Sethi, chairman of the All Pakistan Textile Mills Forum.', 'He warned that the closures would put "half a million jobs" at risk.']);
    expect(speakerOf(res, 'We are priced out')).toBe('Mian Karim Shahzad Sethi');
    expect(speakerOf(res, 'half a million jobs')).toBe('Mian Karim Shahzad Sethi');
  });
});

describe('round 25: "the club said" is never a person, and who an unnamed source is close to', () => {
  it('"said Priya Ramachandran, chair of the trust. / The club said talks were “…”" is not Ramachandran (a role makes her a person, not a firm)', () => {
    const res = analyzeParagraphs(['“We’re not against investment,” said Priya Ramachandran, chair of the trust.', 'The club said talks were “at an early stage”.']);
    expect(speakerOf(res, 'We’re not against')).toBe('Priya Ramachandran');
    expect(speakerOf(res, 'at an early stage')).not.toBe('Priya Ramachandran');
    expect(quoteOf(res, 'at an early stage').suggestedSpeakerId ?? null).not.toBe(res.cast.find((c) => c.name === 'Priya Ramachandran')?.id);
  });

  it('"According to a person close to the player, Ibarguren was “devastated”" is the unnamed source, not the player', () => {
    const res = analyzeText('According to a person close to the player, Ibarguren was “devastated” by the news.');
    expect(speakerOf(res, 'devastated')).toBe('person close to the player (unnamed)');
  });

  it('look-alike: "A spokeswoman for the police said ... / The spokeswoman, Helen Marsh, added “…”" is still named later', () => {
    const res = analyzeParagraphs(['A spokeswoman for West Ridings Police said officers were “keeping an open mind”.', 'The spokeswoman, Helen Marsh, later added: “We have made no arrests.”']);
    expect(speakerOf(res, 'keeping an open mind')).toBe('Helen Marsh');
  });
});

describe('round 25: the newspaper, the organisation, and a name set off before a verb only a person does', () => {
  it('"according to a report in Sunday’s Meridian Herald. / The newspaper said ... “…”" is the Herald, not the club the report is about', () => {
    const res = analyzeParagraphs(['Caspian Dynamo are preparing a bid for striker Amadou Keita, according to a report in Sunday’s Meridian Herald.', 'The newspaper said the club’s director had watched the player “at least four times this season”.']);
    expect(speakerOf(res, 'at least four times')).toBe('Meridian Herald');
  });

  it('"The International Squash Federation has suspended ... / “…,” the organisation said" is the federation', () => {
    const res = analyzeParagraphs(['The International Squash Federation has suspended its world number four, Tariq Ali, for 18 months.', '"The Federation takes its obligations seriously," the organisation said in a statement.']);
    expect(speakerOf(res, 'The Federation takes')).toBe('International Squash Federation');
  });

  it('"Another caller, Bernice Walsh, disagreed. “…”" is Walsh, not the caller quoted before', () => {
    const res = analyzeParagraphs(['“I’ve been saying it for a year,” said Trev Jones, a caller.', 'Another caller, Bernice Walsh, disagreed. “Give the woman a chance.”']);
    expect(speakerOf(res, 'Give the woman')).toBe('Bernice Walsh');
  });
});

describe('round 25: the district, a name "of the ... office", and the one asked answering', () => {
  it('"the Western Plains Local Health District has confirmed. / “…,” the district said" is the health district', () => {
    const res = analyzeParagraphs(['The maternity unit will close for six weeks, the Western Plains Local Health District has confirmed.', '"This pause is necessary," the district said in a statement on Tuesday.']);
    expect(speakerOf(res, 'This pause')).toBe('Western Plains Local Health District');
  });

  it('"“…,” meteorologist Karla Swenson of the weather service’s Platte Valley office said" is Swenson, not the office', () => {
    const res = analyzeText('“The path is three miles long,” meteorologist Karla Swenson of the weather service’s Platte Valley office said on Thursday.');
    expect(speakerOf(res, 'The path is')).toBe('Karla Swenson');
  });

  it('"The judge asked him whether ... He said ... “got depressed.”" is the one asked, not the judge', () => {
    const res = analyzeParagraphs([
      'Judge Samuel Okoro heard from Gary Frandsen and his neighbour, Jeffrey Pahl.',
      '“It starts at 4:15,” Pahl testified. “Every single day.”',
      '“That is what they do,” Frandsen replied.',
      'The judge asked him whether he had tried a closed coop. He said he had, but that the bird “got depressed.”',
    ]);
    expect(speakerOf(res, 'got depressed')).toBe('Gary Frandsen');
  });
});

describe('round 25: a group with a phrase set off, and an organisation\'s "which said"', () => {
  it('"Protesters, many carrying photographs of detained relatives, chanted ‘…’" is the protesters, not the relatives', () => {
    const res = analyzeText('Protesters, many carrying photographs of detained relatives, chanted ‘Free them all’ as police watched.');
    expect(speakerOf(res, 'Free them all')).toBe('Protesters');
  });

  it('"organised by the Committee of Families, which said in a statement that it would return ‘…’" is the committee', () => {
    const res = analyzeText('The march was organised by the Committee of Families, which said in a statement that it would return ‘every Saturday until the cells are empty’.');
    expect(speakerOf(res, 'every Saturday')).toBe('Committee of Families');
  });

  it('look-alike: "the plant, which they called “a menace”" is still the residents\' word, not the plant\'s', () => {
    const res = analyzeText('Residents complained about the Harwell plant, which they called “a menace”.');
    expect(speakerOf(res, 'a menace')).toBe('Residents');
  });
});

describe('round 25: a second quote of the same subject, and quotes signed after a dash', () => {
  it('"... Noura Belkacem, described X as “…” and urged her ministry to “wait out” ..." is Belkacem twice, not "Essaria’s ambassador"', () => {
    const res = analyzeText('A leaked cable in which Essaria’s ambassador in Lumere, Noura Belkacem, described the government as "paralysed by its own infighting" and urged her ministry to "wait out" the prime minister was published on Tuesday.');
    expect(speakerOf(res, 'paralysed')).toBe('Noura Belkacem');
    expect(speakerOf(res, 'wait out')).toBe('Noura Belkacem');
  });

  it('"“…” — Gen. Name, role." and "“…” — Statement from the Council." are signed by the general and the council', () => {
    const res = analyzeParagraphs([
      'Leaders reacted on Sunday to the truce. Some comments:',
      '"A truce is not peace." — Marguerite Okonjo, UN special envoy.',
      '"We will observe the truce. Not one hour more." — Gen. Viktor Halas, army chief of staff.',
      '"Our people need bread, not press releases." — Statement from the Kessel Valley Civic Council.',
    ]);
    expect(speakerOf(res, 'A truce is not')).toBe('Marguerite Okonjo');
    expect(speakerOf(res, 'We will observe')).toBe('Viktor Halas');
    expect(speakerOf(res, 'Our people need')).toBe('Kessel Valley Civic Council');
  });
});

describe('round 25: a word for someone right before their name, and a profile\'s present tense', () => {
  it('"The broadcaster Dame Philippa Oduya launched her memoir, telling a room that she had ‘…’" is Oduya, not "the broadcaster"', () => {
    const res = analyzeText('The broadcaster Dame Philippa Oduya launched her memoir on Tuesday, telling a packed room that she had ‘left out the worst bits’.');
    expect(speakerOf(res, 'left out the worst')).toBe('Philippa Oduya');
  });

  it('"Kemi Adeyemi, who produces, rolls her eyes. “…”" is Adeyemi, not the one quoted before', () => {
    const res = analyzeParagraphs(['“We nearly broke up twice,” says Nadia Ferrante, who writes the lyrics.', 'Kemi Adeyemi, who produces, rolls her eyes. “It was not the cat. It was never the cat.”']);
    expect(speakerOf(res, 'It was not the cat')).toBe('Kemi Adeyemi');
  });
});

describe('round 25: what words were called, a caption, and a phrase set off about the subject', () => {
  it('"Fjell AI said that Lindgren’s remarks were “a joke that landed badly”" is Fjell AI\'s judgement, not Lindgren\'s remarks', () => {
    const res = analyzeText('Fjell AI said in a statement on Wednesday that Lindgren’s remarks were “a joke that landed badly”.');
    expect(speakerOf(res, 'a joke that landed')).toBe('Fjell AI');
  });

  it('look-alike: "Roe pointed to Doe’s claim that the deal was “a steal”" still goes to review, suggesting Doe', () => {
    const res = analyzeText('Roe pointed to Doe’s claim that the deal was “a steal”.');
    expect(uncertain(res, 'a steal')).toBe('Doe');
  });

  it('"Nwosu posted the clip on LinkedIn with the caption “…”" is Nwosu\'s', () => {
    const res = analyzeParagraphs(['“I think we should move on,” Marcus Lindgren said.', 'Amara Nwosu later posted the clip on LinkedIn with the caption “We did not move on.”']);
    expect(speakerOf(res, 'We did not move on')).toBe('Amara Nwosu');
  });

  it('"One of the posts, shown to about 1.2 million followers, read: “…”" names no followers', () => {
    const res = analyzeText('One of the posts, shown to about 1.2 million followers, read: “Obsessed with my new routine!!”');
    expect(speakerOf(res, 'Obsessed')).toBeNull();
  });
});

describe('round 25: a person noun after an age, and a quote after the subject reported speaking', () => {
  it('"Gwen Morgan won the stage. / ‘…,’ the 24-year-old Welsh rider said." is Morgan (the only one named), not no one', () => {
    const res = analyzeParagraphs(['Gwen Morgan won the fourth stage on Tuesday.', '‘I didn’t think I had the legs,’ the 24-year-old Welsh rider said.']);
    expect(speakerOf(res, 'I didn’t think')).toBe('Gwen Morgan');
  });

  it('look-alike: with two people named, "the 24-year-old rider said" goes to review', () => {
    const res = analyzeParagraphs(['Gwen Morgan beat Saskia Verbeek to the line on Tuesday.', '‘I didn’t think I had the legs,’ the 24-year-old rider said.']);
    expect(uncertain(res, 'I didn’t think')).not.toBeNull();
  });

  it('"Her team-mate Saskia Verbeek, who had led her out, said ... ‘…’" is Verbeek, though "her" names someone else', () => {
    const res = analyzeText('Her team-mate Saskia Verbeek, who had led her out, said the plan had been made the night before. ‘We said if it comes back together, it’s Gwen’s day.’');
    expect(speakerOf(res, 'We said if')).toBe('Saskia Verbeek');
  });
});

describe('round 25: "head of", and a studio or a theatre that speaks', () => {
  it('"“…,” wrote the company’s head of privacy, Dmitri Volkonsky." is Volkonsky', () => {
    const res = analyzeText('Aurora Home disputed the findings. “These fragments are checks,” wrote the company’s head of privacy, Dmitri Volkonsky.');
    expect(speakerOf(res, 'These fragments')).toBe('Dmitri Volkonsky');
  });

  it('"The video game studio Ironclad Interactive said ... / “…,” the studio said" is the studio named', () => {
    const res = analyzeParagraphs(['The video game studio Ironclad Interactive said on Thursday it would delay the game.', '"We need more time," the studio said in a post on its website.']);
    expect(speakerOf(res, 'We need more time')).toBe('Ironclad Interactive');
  });
});

describe('round 25: the one asked in a phrase set off, and a name set off in an opening phrase', () => {
  it('"Prime Minister Gaspard Lemoine, asked about the cable at a news conference, smiled. “…,” he said." is Lemoine, sure', () => {
    const res = analyzeParagraphs(['“He listens to no one,” Noura Belkacem wrote in the cable.', 'Prime Minister Gaspard Lemoine, asked about the cable at a news conference, smiled. “I have been called worse by better,” he said.']);
    expect(speakerOf(res, 'I have been called')).toBe('Gaspard Lemoine');
  });

  it('"Speaking for the applicant, Moorland Renewables, project manager Iain Strachan said ... “…,” he said." is Strachan, sure', () => {
    const res = analyzeText('Speaking for the applicant, Moorland Renewables, project manager Iain Strachan said the scheme would power 9,000 homes. “This is one of the windiest sites,” he said.');
    expect(speakerOf(res, 'This is one of')).toBe('Iain Strachan');
  });
});

describe('round 25: everyday forms probed with sentences of our own', () => {
  it('"“…,” said Ann Park’s lawyer, Tom Reid." is Reid (an owner of two words)', () => {
    const res = analyzeText('“He is a liar,” said Ann Park’s lawyer, Tom Reid.');
    expect(speakerOf(res, 'He is a liar')).toBe('Tom Reid');
  });

  it('"Ann Park won gold. “…,” the two-time Olympic champion said." is Park, and "Olympic" is no one', () => {
    const res = analyzeText('Ann Park won gold again on Sunday. “I am so happy,” the two-time Olympic champion said.');
    expect(speakerOf(res, 'I am so happy')).toBe('Ann Park');
    expect(res.cast.map((c) => c.name)).not.toContain('Olympic');
  });

  it('"“…,” the spokeswoman, who asked not to be named, said." is an unnamed spokeswoman, not the woman named before', () => {
    const res = analyzeText('Ann Park resigned on Monday. “It was time,” the spokeswoman, who asked not to be named, said.');
    expect(speakerOf(res, 'It was time')).toBe('spokeswoman (unnamed)');
  });

  it('look-alike: "the former employee said" after one named founder is not the founder for sure', () => {
    const res = analyzeParagraphs(['The founder, Rev. Clarence Odom, said the audit was wrong.', 'But three former employees described a small circle around him.', '“You learned fast which envelopes you didn’t open,” the former employee said.']);
    expect(speakerOf(res, 'You learned fast')).toBeNull();
  });
});

describe('round 25: the next speaker, and a phrase opening the sentence before a quote', () => {
  it('"“…,” replied the next speaker, Marcus Bell." is Bell, not the one who spoke before', () => {
    const res = analyzeParagraphs(['"We need a fence," said Walter Greaves, who walks two beagles there.', '"A fence doesn\'t pick anything up," replied the next speaker, Marcus Bell.']);
    expect(speakerOf(res, 'A fence doesn')).toBe('Marcus Bell');
  });

  it('"Told of his rival’s comment, Wren was unmoved. “…”" is Wren, sure', () => {
    const res = analyzeParagraphs(['“Was he gone? I was busy,” Marcus Delaney said.', 'Told of his rival’s comment, Tobias Wren was unmoved. “He can say what he likes.”']);
    expect(speakerOf(res, 'He can say')).toBe('Tobias Wren');
  });
});

describe('round 25: a list of short names in quotation marks, and a term after an owner', () => {
  it('"identified the suspects only by their aliases: "Toto," "Bunso," "Kulot" and "Jepoy."" reports no quote', () => {
    const res = analyzeText('Police Lt. Col. Marvin Cabrera identified the suspects only by their aliases: "Toto," "Bunso," "Kulot" and "Jepoy."');
    expect(res.quotes.map((q) => q.text)).toEqual([]);
  });

  it('"This year\'s "no-candy-throwing" rule was largely obeyed, organizers said." reports no quote', () => {
    const res = analyzeText('This year\'s "no-candy-throwing" rule was largely obeyed, organizers said.');
    expect(res.quotes.map((q) => q.text)).toEqual([]);
  });

  it('look-alike: "The crowd chanted “Out!” “Out!” “Out!”" is still the crowd\'s', () => {
    const res = analyzeText('The crowd chanted “Out!” “Out!” “Out!”');
    expect(speakerOf(res, 'Out!')).toBe('crowd');
  });
});

describe('round 25: a name the lexicon does not know as the subject just before a pronoun', () => {
  it('"Ramón Escobedo ... / Escobedo, his left eye almost closed, did not agree. He said ... / “…”" is Escobedo', () => {
    const res = analyzeParagraphs([
      'Ramón Escobedo kept his belt with a split decision over Dmitri Lavrentiev.',
      '“Robbery,” trainer Gary Pollitt said afterwards.',
      'Escobedo, his left eye almost closed, did not agree. “I don’t score the fight, I fight the fight,” he said.',
    ]);
    expect(speakerOf(res, 'I don’t score')).toBe('Ramón Escobedo');
  });

  it('"Mélanie Gauthier-Roy spent the night at a warming centre with her two kids. “…,” she said." is her, not the utility that spoke before', () => {
    const res = analyzeParagraphs(['Northshore Hydro said crews were on the ground.', 'Mélanie Gauthier-Roy spent the night at a warming centre with her two kids. “The house was 9 degrees,” she said.']);
    expect(speakerOf(res, 'The house was')).toBe('Mélanie Gauthier-Roy');
  });

  it('look-alike: a firm\'s name of two words as the subject just before "she said" is not made sure', () => {
    const res = analyzeParagraphs(['“We were told nothing,” said Ann Park, a driver.', 'Harlow Mutual cut 400 jobs on Monday. “It is a disgrace,” she said.']);
    expect(speakerOf(res, 'It is a disgrace')).not.toBe('Harlow Mutual');
  });
});

describe('round 25: a paragraph of quotes after "he spoke at length"', () => {
  it('"Afterwards he spoke at length about ... / “…”" suggests the one "he" means, and "Afterwards" is no one', () => {
    const res = analyzeParagraphs(['Veteran jockey Séamus Dalgarno rode his 3,000th winner on Thursday.', 'Afterwards he spoke at length about the people who had carried him.', '"My father put me on a pony when I was four."']);
    const q = quoteOf(res, 'My father put me');
    expect(nameOf(res, q.speakerId ?? q.suggestedSpeakerId)).toBe('Séamus Dalgarno');
    expect(res.cast.map((c) => c.name)).not.toContain('Afterwards');
  });
});

describe('round 25: a title and what it is for set off after a name, and Malaysian honorifics', () => {
  it('"Hon. Kwabena Asante, MP for Ashanti North, said the bill was “…”" is Asante, not "Ashanti North"', () => {
    const res = analyzeText('Hon. Kwabena Asante, MP for Ashanti North, said the bill was “dead on arrival.”');
    expect(speakerOf(res, 'dead on arrival')).toBe('Kwabena Asante');
  });

  it('"Datuk Seri Ahmad Zaki said the ministry would “act firmly”" is Ahmad Zaki, his honorifics a title', () => {
    const res = analyzeText('Datuk Seri Ahmad Zaki said the ministry would “act firmly”.');
    expect(speakerOf(res, 'act firmly')).toBe('Ahmad Zaki');
  });
});

describe('round 25: an organisation named by its kind that calls something, a user, a handle', () => {
  it('"The union called the job cuts “a betrayal”." is the union\'s words, not a label', () => {
    const res = analyzeText('Harlow Mutual cut 400 jobs. The union called the job cuts “a betrayal”.');
    expect(res.quotes.map((q) => q.text)).toEqual(['a betrayal']);
  });

  it('"“…,” one user wrote in a post." is an unnamed user', () => {
    const res = analyzeText('Users vented on social media. “Rent is due today and I can’t see my own money,” one user wrote in a post.');
    expect(speakerOf(res, 'Rent is due')).toBe('user (unnamed)');
  });

  it('"a user with the handle marginalia_77 wrote: “…”" is marginalia_77', () => {
    const res = analyzeText('On the company’s forum, a user with the handle marginalia_77 wrote: “I have eleven years of notes in here.”');
    expect(speakerOf(res, 'I have eleven')).toBe('marginalia_77');
  });
});

describe('round 25: a gesture before a quote, and a relative described as the subject', () => {
  it('"Her husband, Bill, shook his head. “Not me.”" is Bill, not the woman quoted before', () => {
    const res = analyzeText('Voters at the diner were split. “I like her,” said Joan Smith, 67, a retired nurse. Her husband, Bill, shook his head. “Not me.”');
    expect(speakerOf(res, 'I like her')).toBe('Joan Smith');
    expect(speakerOf(res, 'Not me')).toBe('Bill');
  });
});

describe('round 25: "he added" right after the words it adds to', () => {
  it('"“…,” Niazi said. / “…,” he added." is Niazi, sure, though other men spoke before', () => {
    const res = analyzeParagraphs([
      'Head coach Abdul Kardar backed his opener. “Usman is one of our hardest workers,” Kardar told reporters.',
      'Former fast bowler Jamshed Niazi was unimpressed. “Loyalty is fine, but this is professional cricket,” Niazi said.',
      '“Give the youngsters a chance,” he added.',
    ]);
    expect(speakerOf(res, 'Give the youngsters')).toBe('Jamshed Niazi');
  });

  it('look-alike: with someone else named in between, "he added" is not taken for the last speaker', () => {
    const res = analyzeParagraphs([
      'Head coach Abdul Kardar backed his opener. “Usman is one of our hardest workers,” Kardar told reporters.',
      'Former fast bowler Jamshed Niazi was unimpressed. “Loyalty is fine,” Niazi said. Kardar did not respond.',
      '“Give the youngsters a chance,” he added.',
    ]);
    expect(speakerOf(res, 'Give the youngsters')).not.toBe('Jamshed Niazi');
  });
});

describe('round 25: a name like a place after a person noun, and a role owned by a name with "of"', () => {
  it('"The city’s utilities director, Min-jun Park, told the council ... “…,” he said." is Park, a person, not a park', () => {
    const res = analyzeParagraphs(['“We’re asking a lot,” Councilman Ray Ostrowski said.', 'The city’s utilities director, Min-jun Park, told the council the fund would run a deficit. The department had “no cushion left,” he said.']);
    expect(speakerOf(res, 'no cushion left')).toBe('Min-jun Park');
  });

  it('"The Concord of Nations\' special envoy to Masara, Sir Geoffrey Allard-Mensah, arrived ... / The envoy ... ‘…,’ he told reporters." is Allard-Mensah', () => {
    const res = analyzeParagraphs(["The Concord of Nations' special envoy to Masara, Sir Geoffrey Allard-Mensah, arrived on Monday for talks with President Yusuf Dembele.", "The envoy is expected to stay for five days. 'I'm in no hurry,' he told reporters."]);
    expect(speakerOf(res, "I'm in no hurry")).toBe('Geoffrey Allard-Mensah');
  });
});

describe('round 25: a board member, and a body named with "for" set off after its description', () => {
  it('"A board member, who asked not to be identified, said the dispute had been ‘…’" is an unnamed board member', () => {
    const res = analyzeText("A board member, who asked not to be identified, said the dispute had been 'badly handled on both sides' and that talks had broken down.");
    expect(speakerOf(res, 'badly handled')).toBe('board member (unnamed)');
  });

  it('"Germany\'s product safety agency, the Federal Office for Consumer Goods, said ... “…”" is the office, named in full', () => {
    const res = analyzeText('Germany’s product safety agency, the Federal Office for Consumer Goods, said it had been “in close contact” with the company.');
    expect(speakerOf(res, 'in close contact')).toBe('Federal Office for Consumer Goods');
  });
});

describe('round 25: questions and answers between two named people', () => {
  it('"“…?” Assistant U.S. Attorney Priya Venkataraman asked." reads past a title of four words to the verb', () => {
    const res = analyzeText('“How did you hand over the money?” Assistant U.S. Attorney Priya Venkataraman asked.');
    expect(speakerOf(res, 'How did you')).toBe('Priya Venkataraman');
  });

  // (for review, suggesting Park, until round 27: with only the two of them named, now Park's for sure)
  it('"“Did you read the report?” Reid asked. / “Every page.”" is not Reid: the one asked', () => {
    const res = analyzeParagraphs(['Tom Reid, the committee chair, questioned the minister, Ann Park, for two hours.', '“Did you read the report?” Reid asked.', '“Every page.”']);
    expect(speakerOf(res, 'Every page')).toBe('Ann Park');
  });

  // (to review, suggesting the asker, until round 27: now the asker's for sure, right after a sure answer)
  it('a question after a two-sentence answer is the asker\'s, not the one answering', () => {
    const res = analyzeParagraphs(['“How did you hand over the money?” prosecutor Priya Venkataraman asked.', '“In cereal boxes,” said the developer, Nikolai Brandt. “Frosted ones.”', '“Did he say anything else?”']);
    expect(speakerOf(res, 'Did he say')).toBe('Priya Venkataraman');
  });
});

describe('round 25: two particles in a surname', () => {
  it('"Ward councillor Johannes "Jojo" van der Westhuizen says ... “…,” he says." is one man, named in full', () => {
    const res = analyzeText('Ward councillor Johannes "Jojo" van der Westhuizen says he has written to the mayor three times. "I have not received a single reply," he says.');
    expect(speakerOf(res, 'I have not received')).toBe('Johannes van der Westhuizen');
  });

  it('"Marisol Vega de la Cruz said" keeps "de la" inside the name', () => {
    const res = analyzeText('“Everyone in the film is dead,” said director Marisol Vega de la Cruz.');
    expect(speakerOf(res, 'Everyone in the film')).toBe('Marisol Vega de la Cruz');
  });
});

describe('round 25: a body named with "and"', () => {
  it('"A spokesman for Pennine Fire and Rescue Service said ... ‘…,’ he said." is the service\'s unnamed spokesman, one body', () => {
    const res = analyzeText('A spokesman for Pennine Fire and Rescue Service said crews were called at 7.52am. ‘One person has been taken to hospital,’ he said.');
    expect(speakerOf(res, 'One person')).toBe('spokesman for Pennine Fire and Rescue Service (unnamed)');
  });

  it('look-alike: "Harlow Council and Leeds City Council said" stays two bodies', () => {
    const res = analyzeText('Harlow Council and Leeds City Council said in a joint statement that the road would reopen “by Friday”.');
    expect(res.cast.map((c) => c.name)).not.toContain('Harlow Council and Leeds City Council');
  });
});

describe('round 25: a hyphenated given name', () => {
  it('"Ana-Maria Ionescu ... Dr. Oren Feldstein said ... / “…,” she says." is Ionescu: Ana-Maria is a woman\'s name', () => {
    const res = analyzeParagraphs([
      'When Ana-Maria Ionescu looked at the images from her telescope, she noticed a faint smudge.',
      '"My first thought was that I had a dirty sensor," says Ionescu, a 41-year-old pharmacist.',
      '"Comets are like cats," said Dr. Oren Feldstein of the Galil Observatory.',
      'Ionescu’s husband, Radu, has been fielding calls from journalists. She, meanwhile, is back behind the pharmacy counter.',
      '"I still work Saturdays," she says.',
    ]);
    expect(speakerOf(res, 'I still work')).toBe('Ana-Maria Ionescu');
  });
});

describe('round 25: a source who asked not to be named, and a place named later in the sentence', () => {
  it('"A postal service spokeswoman, who ... asked not to be named, said the letter was found in Wilkes Ridge and had been “…”" is the spokeswoman', () => {
    const res = analyzeText('A postal service spokeswoman, who was not authorized to speak publicly and asked not to be named, said the letter had been found at a processing center in Wilkes Ridge and had been "delivered as soon as we found it."');
    expect(speakerOf(res, 'delivered as soon')).toBe('postal service spokeswoman (unnamed)');
  });

  it('look-alike: "said a woman who would give only her first name, Marta" is still Marta', () => {
    const res = analyzeText('Residents described heavy shelling. “We stayed in the basement for two days,” said a woman who would give only her first name, Marta.');
    expect(speakerOf(res, 'We stayed')).toBe('Marta');
  });
});

describe('round 25: a surname that is also a function word, and the municipality', () => {
  it('"Dr Roselyne Auma Were dismissed the claims. “…,” Dr Were said." is Were, named in full', () => {
    const res = analyzeText('County official Dr Roselyne Auma Were dismissed the claims. “We will not allow lawlessness,” Dr Were said in a statement.');
    expect(speakerOf(res, 'We will not allow')).toBe('Roselyne Auma Were');
  });

  it('"In a statement, the municipality said it had “bargained in good faith”" is the municipality', () => {
    const res = analyzeText('In a statement, the municipality said it had "bargained in good faith".');
    expect(speakerOf(res, 'bargained')).toBe('the municipality');
  });
});

describe('round 25: a time phrase in a relative clause, and words that "came from" someone', () => {
  it('"the host Darnell Pryce, who last week called Quintanilla\'s special “lazy.”" is Pryce', () => {
    const res = analyzeText('The comedian Rafael Quintanilla responded to the host Darnell Pryce, who last week called Quintanilla’s special “lazy.”');
    expect(speakerOf(res, 'lazy')).toBe('Darnell Pryce');
  });

  it('"“No ransom was paid.” / The assurance came from Andras Kovacs-Remy, a spokesman ..." is Kovacs-Remy\'s', () => {
    const res = analyzeParagraphs(['“They are unharmed,” Elodie Marchand said in a statement.', '“No ransom was paid. Orsolia does not pay ransoms.”', 'The assurance came from Andras Kovacs-Remy, a spokesman for the foreign ministry.']);
    expect(speakerOf(res, 'No ransom was paid')).toBe('Andras Kovacs-Remy');
  });
});

describe('round 25: a paper\'s board', () => {
  it('"The Des Moines Register’s editorial board endorsed Park, calling her “…”" is the board, never the one endorsed', () => {
    const res = analyzeText('The Des Moines Register’s editorial board endorsed Ann Park, calling her “the steadier hand.”');
    expect(speakerOf(res, 'the steadier hand')).toBe('Des Moines Register’s editorial board');
  });
});

describe('round 26 (begun in the twenty-second session): the orchestra, the party, the band and the presidency', () => {
  it('"The Hallenburg Philharmonic opened a book ... “…,” the orchestra said" is the Philharmonic', () => {
    const res = analyzeParagraphs(['The Hallenburg Philharmonic opened a book of condolence on Monday.', '“He was this orchestra’s conscience,” the orchestra said in a statement.']);
    expect(speakerOf(res, 'He was this')).toBe('Hallenburg Philharmonic');
  });

  it('"“…,” the presidency said in a statement" is the presidency, not no one', () => {
    const res = analyzeText('“The nation bids farewell to a man who chose dialogue,” the presidency said in a statement.');
    expect(speakerOf(res, 'The nation bids')).toBe('the presidency');
  });
});

describe('round 26: statements', () => {
  it('"The National Broadcasting Service said ... “…,” its statement said." is the service', () => {
    const res = analyzeText('The National Broadcasting Service said it would rebroadcast the final on Friday. “No one who heard that afternoon will forget it,” its statement said.');
    expect(speakerOf(res, 'No one who heard')).toBe('National Broadcasting Service');
  });

  it('"The National Renewal Party denied any role ... / “…,” the statement said." is the party', () => {
    const res = analyzeParagraphs(['The National Renewal Party denied any role in the flyers, accusing its rival of “inventing a scandal.”', '“The party has no knowledge of these materials,” the statement said.']);
    expect(speakerOf(res, 'The party has no')).toBe('National Renewal Party');
  });

  it('"Statement from the president’s office: “…”" is the president’s office, never a speaker called Statement', () => {
    const res = analyzeText('09:40 — Statement from the president’s office: "The armed forces have activated the emergency plan."');
    expect(speakerOf(res, 'The armed forces')).toBe('the president’s office');
  });
});

describe('round 26: a role a person holds that may also name a firm, and a letter that goes on', () => {
  it('"The paper\'s publisher, Joseph Kurian, ... / “…,” the publisher added." is Kurian, not a name taken for the paper', () => {
    const res = analyzeParagraphs([
      'K. P. Madhavan Nair, who edited the Vellikara Daily for thirty-one years, died on Monday.',
      'The paper’s publisher, Joseph Kurian, said the two men had fought for thirty years. “He would spend my father’s money on a lawyer,” Kurian said.',
      '“He was impossible,” the publisher added.',
    ]);
    expect(speakerOf(res, 'He was impossible')).toBe('Joseph Kurian');
  });

  it('"In a letter to parents, the superintendent, Mark Lindell, wrote ... / “…,” the letter continued." is Lindell\'s', () => {
    const res = analyzeParagraphs(['In a letter sent to parents on Tuesday, the district superintendent, Mark Lindell, wrote that she had "built a school where no student was invisible."', '"We are heartbroken," the letter continued.']);
    expect(speakerOf(res, 'We are heartbroken')).toBe('Mark Lindell');
  });
});

describe('round 26: a participle after "X said,", and the exchange', () => {
  it('"An announcement could come soon, one of the people said, cautioning that “…”" is one of the people, never the announcement', () => {
    const res = analyzeParagraphs(['Hallstrom is in talks to buy Nettlefield, according to three people familiar with the matter.', 'An announcement could come as soon as next week, one of the people said, cautioning that “nothing is signed.”']);
    expect(speakerOf(res, 'nothing is signed')).not.toBe('announcement');
  });

  it('"The inquiry “…,” the report said, adding that the company was “cooperating fully.”" is the report twice', () => {
    const res = analyzeText('The inquiry “could result in fines,” the report said, adding that the company was “cooperating fully.”');
    expect(speakerOf(res, 'could result')).toBe('the report');
    expect(speakerOf(res, 'cooperating fully')).toBe('the report');
  });

  it('"Trading on the Nordhavn Stock Exchange was halted ... “…,” the exchange said" is the exchange, not no one', () => {
    const res = analyzeParagraphs(['Trading on the Nordhavn Stock Exchange was halted for three hours on Tuesday.', '“We apologise to all market participants,” the exchange said in a statement.']);
    expect(speakerOf(res, 'We apologise')).toBe('the exchange');
  });
});

describe('round 26: a quote that opens a paragraph and the sentence after it that says who', () => {
  it('"“Three hours is an eternity.” Per Lindahl, chairman of the association, said he would ..." is Lindahl, not the speaker before', () => {
    const res = analyzeParagraphs(['“We had clients ringing,” said Annika Strand, head of execution at Vogel Brothers.', '“Three hours is an eternity in this business.” Per Lindahl, chairman of the association, said he would demand compensation.']);
    expect(speakerOf(res, 'Three hours')).toBe('Lindahl');
  });
});

describe('round 26: a conjunction before an unnamed source', () => {
  it('"But a special education teacher, who asked not to be identified ..., described ... “…,” she said." is never the spokeswoman quoted before', () => {
    const res = analyzeParagraphs(['“We are not asking for miracles,” said Theresa Nakamura-Vance, a mother of two autistic boys.', 'District spokeswoman Lorna Bixby said the district was “working through a backlog.”', 'But a special education teacher at one of the district’s elementary schools, who asked not to be identified because she was not authorized to speak to the press, described the situation as worse than the district admits. “I have one aide for nine children,” she said.']);
    expect(speakerOf(res, 'I have one aide')).not.toBe('Lorna Bixby');
  });
});

describe('round 26 (twenty-third session): pronouns after a group, a set-off role and an opening word', () => {
  it('"Locals still call it “…” ... Now Naisula Lekupe walks ... her back. / “…,” she says." is Lekupe: a group is no "she"', () => {
    const res = analyzeParagraphs([
      'The well at Ol Tepesi was dug in 2019. Locals still call it “the governor’s well,” though no governor has come back since.',
      'It ran dry in March. Now Naisula Lekupe walks nine kilometres for water, leaving before dawn with her youngest daughter on her back.',
      '“The goats died first,” she says.',
    ]);
    expect(speakerOf(res, 'The goats died')).toBe('Naisula Lekupe');
  });

  it('"Then Bakare turned to the council. In March, she noted, ... “…,” she said." is Bakare, not a woman named before', () => {
    const res = analyzeParagraphs([
      'The director, Yetunde Bakare, thanked the volunteers and singled out two: Helga Brun, a cook, and Rosa Lind, a nurse.',
      'Then Bakare turned to the council. In March, she noted, the council received a warning. “They read it and filed it,” she said.',
    ]);
    expect(speakerOf(res, 'They read it')).toBe('Yetunde Bakare');
  });

  it('a woman named after "Its spokeswoman," (or before ", a mother of three,") is "she" after a man quoted before', () => {
    const res = analyzeParagraphs([
      'Kwame Boateng, a trader, lost his stall in the flood. "Everything is gone," he said.',
      'The city said it would pay. Its spokeswoman, Adaeze Nwosu, said forms would be ready next week.',
      '"We will process every claim," she said.',
    ]);
    expect(speakerOf(res, 'We will process')).toBe('Adaeze Nwosu');
    const local = analyzeParagraphLocal('Adaeze Nwosu, a mother of three, said the forms were late.');
    expect(local.mentions[0]!.gender).toBe('f');
  });

  it('"Oyelaran, her husband, Dario, and their two sons" does not make Oyelaran a man', () => {
    const local = analyzeParagraphLocal('Oyelaran, her husband, Dario, and their two sons got out through a back window.');
    expect(local.mentions.find((m) => m.name === 'Oyelaran')!.gender).toBeNull();
    expect(local.mentions.find((m) => m.name === 'Dario')!.gender).toBe('m');
  });

  it('"Its information officer, Priya Natarajan, said ... / "It\'s a race," she said." is Natarajan, though another woman spoke two paragraphs before', () => {
    const res = analyzeParagraphs([
      'Among the passengers was Lorna Beaulieu, an elder. "I have left this land twice," she said.',
      'The fire service said the blaze was 14 kilometres away. Its information officer, Priya Natarajan, said crews had cut a firebreak.',
      '"It\'s a race," she said.',
    ]);
    expect(speakerOf(res, "It's a race")).toBe('Priya Natarajan');
  });

  it('the woman who spoke in the paragraph just before keeps "she" unsure', () => {
    const res = analyzeParagraphs([
      'The fire service said the blaze was 14 kilometres away. Its information officer, Priya Natarajan, said crews had cut a firebreak.',
      'Lorna Beaulieu, an elder, boarded last. "I have left this land twice," she said.',
      '"It\'s a race," she said.',
    ]);
    expect(speakerOf(res, "It's a race")).not.toBe('Priya Natarajan');
  });
});

describe('round 26: no gender learnt from an unsure pick', () => {
  it('an unsure "he says" that suggests Walker does not make her "he": her later "she says" after "I don’t blame Judith" stays hers', () => {
    const res = analyzeParagraphs([
      'Foreign Minister Mereana Walker says New Zealand will reopen its embassy in the Kingdom of Ostrava next year.',
      '“It was a mistake to leave,” she says.',
      'Walker made the announcement in Wellington alongside Trade Minister Hemi Rangi, who says exporters have been asking for years. “Our dairy people were flying in blind,” he says.',
      'Walker acknowledged the closure had been decided by her predecessor, Judith Hamlin. “I don’t blame Judith for that. But the country lost more than it saved,” she says.',
    ]);
    expect(speakerOf(res, 'I don’t blame')).toBe('Mereana Walker');
  });
});

describe('round 26: the headmaster, words after a possessive, a statement issued, "read as", a closing sentence about no one', () => {
  it('"... says Ghulam Jatoi, the headmaster. / The headmaster is blunter. “…,” he says." is Jatoi, for sure', () => {
    const res = analyzeParagraphs([
      '“This is where the water stood,” says Ghulam Jatoi, the headmaster.',
      'His deputy, Nasreen Memon, says attendance has halved. “The girls stop first,” she says.',
      'The headmaster is blunter. “Everyone came with cameras in September,” he says.',
    ]);
    expect(speakerOf(res, 'Everyone came')).toBe('Ghulam Jatoi');
  });

  it('"X’s office responded with a statement calling the commissioner’s remarks “…”" is the office, never the commissioner', () => {
    const res = analyzeParagraphs([
      'The federal commissioner, Ibrahim Musa, said the state had been warned. “The warnings were issued,” the commissioner told reporters.',
      'Adeyemi-Cole’s office responded with a statement calling the commissioner’s remarks “regrettable and inaccurate.”',
    ]);
    expect(speakerOf(res, 'regrettable')).not.toBe('Ibrahim Musa');
    expect(speakerOf(res, 'regrettable')).toMatch(/office/);
  });

  it('"dropped a pledge to keep policy “…,” a shift economists read as the first step" is no one’s reading out loud', () => {
    const res = analyzeText('The Central Bank of Varenia held its rate but dropped a pledge to keep policy "restrictive for as long as needed," a shift economists read as the first step toward cuts.');
    expect(speakerOf(res, 'restrictive')).not.toBe('shift economists');
  });

  it('"..., Steve Hill, said the family had done “everything right”. Of the 41 homes, 23 were lost. / ‘…,’ he said." is Hill', () => {
    const res = analyzeParagraphs([
      'Margaret Burke was alone with her grandsons when the fire came. ‘It went orange, then black,’ she said.',
      'Her husband, Des Burke, got back two hours later. ‘No birds. Nothing,’ he said.',
      'The brigade captain at the time, Steve Hill, now retired, said the family had done ‘everything right’. Of the 41 homes in the valley, 23 were lost.',
      '‘People ask me what saved that house,’ he said.',
    ]);
    expect(speakerOf(res, 'People ask me')).toBe('Steve Hill');
  });
});

describe('round 26: a second source, "paused, then conceded", a retort after a question, a role before a described name', () => {
  it('"A second person said the board ... “…”" is an unnamed person, not no one', () => {
    const res = analyzeParagraphs([
      'Hallstrom is in talks to buy Nettlefield, according to three people familiar with the matter.',
      'A second person said the board had approved the price but was still negotiating over “the break fee.”',
    ]);
    expect(speakerOf(res, 'the break fee')).toMatch(/person \(unnamed\)/);
  });

  it('"Oyelaran paused, then conceded that the decision “…”" is Oyelaran', () => {
    const res = analyzeText('Oyelaran paused, then conceded that the bus decision “could have been handled better.”');
    expect(speakerOf(res, 'could have been')).toBe('Oyelaran');
  });

  it('"“Four out of how many?” Oduya shot back." is Oduya, not the one quoted before', () => {
    const res = analyzeParagraphs(['Heng shook her head. "I voted against four of them," she said.', '"Four out of how many?" Oduya shot back.']);
    expect(speakerOf(res, 'Four out of')).toBe('Oduya');
  });

  it('"The moderator, veteran broadcaster Sunita Bhargava, ... / “…,” the moderator said." is Bhargava', () => {
    const res = analyzeParagraphs([
      'The moderator, veteran broadcaster Sunita Bhargava, had to intervene three times in the debate between Councilwoman Dolores Heng and former police chief Margaret Oduya.',
      '"I voted against four of them," Heng said.',
      '"Candidates, please," the moderator said.',
    ]);
    expect(speakerOf(res, 'Candidates, please')).toBe('Sunita Bhargava');
  });

  it('"Metcalfe pressed him on the figure. “…”" is Metcalfe, for sure', () => {
    const res = analyzeParagraphs([
      'The sharpest questions came from Julian Metcalfe of Ridley Hart. "At what point does the board say enough?" he asked.',
      '"When the numbers tell us to," Oosterhuis replied.',
      'Metcalfe pressed him on the figure. "That number was three hundred million a year ago."',
    ]);
    expect(speakerOf(res, 'That number')).toBe('Julian Metcalfe');
  });
});

describe('round 26: bodies owned by bodies, an owner’s statement, a speaker introduced by how they were', () => {
  it('"The finance ministry’s debt agency said in a statement that demand had been “robust”" is the agency', () => {
    const res = analyzeText('The finance ministry’s debt agency said in a statement that demand had been “robust.”');
    expect(speakerOf(res, 'robust')).toBe('the finance ministry’s debt agency');
  });

  it('"“…?” the youth wing said in an open letter" is the youth wing, not no one', () => {
    const res = analyzeParagraphs(['The youth wing of the Democratic Progress Party broke with the leadership on Thursday.', '“We were good enough to campaign, but not good enough to vote?” the youth wing said in an open letter.']);
    expect(speakerOf(res, 'We were good enough')).toMatch(/youth wing/);
  });

  it('"The union\'s statement said the offer was “…”" is the union\'s, not no one', () => {
    expect(speakerOf(analyzeText('The union\'s statement said the offer was "an insult."'), 'an insult')).toMatch(/^the union/);
    expect(speakerOf(analyzeText('The union\'s statement described the offer as "an insult."'), 'an insult')).toMatch(/^the union/);
  });

  it('"The study’s co-author, Dr. Ion Vasile, was more cautious. / “…,” he said." is Vasile', () => {
    const res = analyzeParagraphs([
      'Dr. Mirela Popescu, who led the study, said the results surprised her team. "We expected the opposite," Popescu said.',
      'The study’s co-author, Dr. Ion Vasile, was more cautious.',
      '"One study proves nothing," he said.',
    ]);
    expect(speakerOf(res, 'One study')).toBe('Ion Vasile');
  });
});

describe('round 26: roles of universities, churches and international bodies', () => {
  it('"‘…,’ said the dean of the cathedral, the Very Reverend Lwazi Dube." is Dube, not the dean unnamed', () => {
    const res = analyzeText('‘We had planned for a thousand,’ said the dean of the cathedral, the Very Reverend Lwazi Dube.');
    expect(speakerOf(res, 'We had planned')).toBe('Lwazi Dube');
  });

  it('"“…,” the secretary-general of the Council of Nations, Henrik Aalto, said" is Aalto, never the council', () => {
    const res = analyzeText('“She taught a generation of negotiators,” the secretary-general of the Council of Nations, Henrik Aalto, said in his address.');
    expect(speakerOf(res, 'She taught')).toBe('Henrik Aalto');
  });
});

describe('round 26: the subject just before, past what is said about them', () => {
  it('"Outside, Warsame’s brother, Abdullahi Warsame, greeted mourners. “…,” he said." is the brother, not the imam quoted before', () => {
    const res = analyzeParagraphs([
      'Imam Yusuf Abdirahman told the congregation: "Hassan did not ask people where they came from."',
      'Outside, Warsame’s brother, Abdullahi Warsame, greeted mourners for more than an hour. "Half of these people I have never met," he said.',
    ]);
    expect(speakerOf(res, 'Half of these')).toBe('Abdullahi Warsame');
  });

  it('"Foy, asked afterward what Rourke would have made of it, paused. “…,” he said." is Foy', () => {
    const res = analyzeParagraphs([
      '"Benny would have hated this," said Declan Foy, who toured with Benny Rourke for fifteen years.',
      'Rourke’s younger brother, Kieran Rourke, followed him to the pulpit. "People keep telling me Benny was funny," he said.',
      'Foy, asked afterward what Rourke would have made of the turnout, paused. "He’d have counted them," he said.',
    ]);
    expect(speakerOf(res, 'He’d have counted')).toBe('Declan Foy');
  });

  it('"Iqbal Hossain, Chowdhury’s partner for twenty-six years, is less sentimental. He remembers ... “…,” he says." is Hossain', () => {
    const res = analyzeParagraphs([
      '"He said a building for poor people should just work," says his son, Farhan Chowdhury, who still runs the practice.',
      'Iqbal Hossain, Chowdhury’s partner for twenty-six years, is less sentimental. He remembers arguments about windows. "Rahim wanted every flat to have cross-ventilation," he says.',
    ]);
    expect(speakerOf(res, 'Rahim wanted')).toBe('Iqbal Hossain');
  });
});

describe('round 26: a role after "as", and a faith no one is called by', () => {
  it('"At his first news conference as governor of the Reserve Bank, Rafael Okonkwo-Serrano ... / “…,” the governor said." is Okonkwo-Serrano, for sure', () => {
    const res = analyzeParagraphs([
      'At his first news conference as governor of the Reserve Bank of Tamarind, Rafael Okonkwo-Serrano faced a question about his years as an adviser to the finance minister, Idris Valcourt.',
      'Another reporter asked whether the bank would heed Valcourt’s call for lower rates. “The minister is entitled to his views,” the governor said.',
    ]);
    expect(speakerOf(res, 'The minister is entitled')).toBe('Rafael Okonkwo-Serrano');
  });

  it('"... most of them not Muslim, according to its coordinator, Imam Tariq Haddad. / “…,” he said." is Haddad, never "Muslim"', () => {
    const res = analyzeParagraphs([
      'The food bank began in 2020. Today it serves about 400 households a week, most of them not Muslim, according to its coordinator, Imam Tariq Haddad.',
      '“People ask me why a mosque runs a food bank for everyone,” he said.',
    ]);
    expect(speakerOf(res, 'People ask me')).toBe('Tariq Haddad');
  });
});

describe('round 26: a possessive before a role, and an abbreviation ending a sentence', () => {
  it('"The state’s water resources minister, Dipankar Hazarika, insisted ... “…,” he said." is Hazarika ("state" is no verb there)', () => {
    const res = analyzeParagraphs([
      'Pranjal Bora, a district relief officer, told reporters that 46,000 people were sheltering. He warned that supplies would run short "unless the boats get through."',
      'The state’s water resources minister, Dipankar Hazarika, insisted the embankments were holding. "There is no breach at Dhansiripur," he said.',
    ]);
    expect(speakerOf(res, 'There is no breach')).toBe('Dipankar Hazarika');
  });

  it('"... which sent alerts at 11:40 p.m. “The alerts went out as designed,” she said." starts a sentence at the quote', () => {
    const res = analyzeParagraphs([
      '“At eleven o’clock the stream was where it always is,” said Jürgen Habicht, who has run a bakery for 31 years.',
      'The regional interior minister, Sabine Kröger-Lindt, visiting the town on Saturday, defended the warning system, which sent alerts to mobile phones at 11:40 p.m. “The alerts went out as designed,” she said.',
    ]);
    expect(speakerOf(res, 'The alerts went out')).toBe('Sabine Kröger-Lindt');
  });
});

describe('round 26: a dateline before the subject, March, a name set off before the verb, a paper named after its kind', () => {
  it('"ALMENARA, Spain — The leader of the Popular Union, Íñigo Valdés-Arrieta, conceded defeat ..., saying ... “…”" is Valdés-Arrieta', () => {
    const res = analyzeText('ALMENARA, Spain — The leader of the conservative Popular Union, Íñigo Valdés-Arrieta, conceded defeat shortly before midnight, saying his party had “listened too little and talked too much” during the campaign.');
    expect(speakerOf(res, 'listened too little')).toBe('Íñigo Valdés-Arrieta');
  });

  it('"The former commander of the guard and, until his dismissal in March, the most powerful official, General Oleksandr Varenko, broke his silence, telling ... “…”" is Varenko, never March', () => {
    const res = analyzeText('VALMORA, Aug 3 (Reuters) - The former commander of the presidential guard and, until his dismissal in March, the country\'s most powerful security official, General Oleksandr Varenko, broke his silence on Sunday, telling journalists that the coup attempt had been "staged from start to finish."');
    expect(speakerOf(res, 'staged from start')).toBe('Oleksandr Varenko');
  });

  it('"The state newspaper Narodni Glas published an editorial ..., calling the book “…”" is Narodni Glas', () => {
    const res = analyzeText('DUNMAR, Ostravia (AFP) - The state newspaper Narodni Glas on Saturday published a front-page editorial denouncing a memoir by the exiled former prime minister, calling the book "a collection of fairy tales written for foreign paymasters."');
    expect(speakerOf(res, 'a collection of fairy')).toBe('Narodni Glas');
  });
});

describe('round 26: a role of a body named in capitals, then the name, after the quote', () => {
  it('"“…,” the president of the European Commission, Ursula Haas, posted on X." is Haas, never the commission', () => {
    const res = analyzeText('"This is a dark day," the president of the European Commission, Ursula Haas, posted on X.');
    expect(speakerOf(res, 'This is a dark day')).toBe('Ursula Haas');
  });
});

describe('round 26: "it said" after the organisation that was the subject just before', () => {
  it('"Kilbride responded within hours. “…,” it said in a statement" is Kilbride, though another firm was named before', () => {
    const res = analyzeParagraphs([
      'Ardent Capital made its hostile bid for the packaging maker Kilbride Group public on Monday, releasing a letter to Kilbride’s board.',
      'Kilbride responded within hours. "The board has unanimously concluded that the proposals undervalue the company," it said in a statement.',
    ]);
    expect(speakerOf(res, 'The board has')).toBe('Kilbride Group');
  });
});

describe('round 26: the one reported last, and a name deep in what someone told others', () => {
  it('"Board chair Margaret Oduya said ... Trustee Helen Sauvé argued that ... / “…,” she said." is Sauvé', () => {
    const res = analyzeParagraphs([
      'Board chair Margaret Oduya said enrolment had fallen by a third in six years. Trustee Helen Sauvé, whose ward includes the school, argued that the numbers were temporary.',
      '“Three new families moved onto Range Road this fall alone,” she said.',
    ]);
    expect(speakerOf(res, 'Three new families')).toBe('Helen Sauvé');
  });

  it('"Objector Peter Haldane told councillors the turbines would be visible from the Dunholm Abbey ruins. “…,” he said." is Haldane', () => {
    const res = analyzeParagraphs([
      'Project manager Iain Strachan said the scheme would power 9,000 homes. “This is one of the windiest sites in the county,” he said.',
      'Objector Peter Haldane, chair of the Carrick Moor Conservation Group, told councillors the turbines would be visible from the Dunholm Abbey ruins. “You will see these things from every footpath in the valley,” he said.',
    ]);
    expect(speakerOf(res, 'You will see')).toBe('Peter Haldane');
  });
});

describe('round 26: ranks, short and long, and titles joined by "and"', () => {
  it('"Cpl. Dana Whitehorse ... / The corporal said ... “…,” she said." is Whitehorse, not the woman quoted last', () => {
    const res = analyzeParagraphs([
      'Cpl. Dana Whitehorse of the major crimes unit said genealogy led investigators to relatives.',
      'Her sister, Evelyn Cook, now 64, said the family had never stopped looking. “I used to drive out to every town,” she said.',
      'The corporal said the death is still considered suspicious. “We have a name now,” she said.',
    ]);
    expect(speakerOf(res, 'We have a name')).toBe('Dana Whitehorse');
  });

  it('"“…,” Managing Director and CEO Anirudh Venkataraman said" is Venkataraman, never "Director"', () => {
    const res = analyzeText('“We expect the momentum to continue,” Managing Director and CEO Anirudh Venkataraman said in an interview.');
    expect(speakerOf(res, 'We expect')).toBe('Anirudh Venkataraman');
  });
});

describe('round 27 (begun in the twenty-third session): an answer after a question put to someone', () => {
  it('"“Did the accountants also write this?” the prosecutor asked. / “I don’t remember that email.”" is never the prosecutor for sure', () => {
    const res = analyzeParagraphs([
      '“I signed what the accountants put in front of me,” Ignacio Barrenechea told the panel.',
      'Prosecutor Javier Soler, who is seeking an eight-year sentence, then produced an email bearing Barrenechea’s signature.',
      '“Did the accountants also write this?” the prosecutor asked.',
      '“I don’t remember that email.”',
    ]);
    expect(speakerOf(res, 'I don’t remember')).not.toBe('Javier Soler');
  });

  it('"“Why would we stop now?” Holm asked. / “We are finally winning.”" goes on with Holm (the asker speaks of their own side)', () => {
    const res = analyzeParagraphs(['“Why would we stop now?” Holm asked.', '“We are finally winning.”']);
    expect(speakerOf(res, 'We are finally')).toBe('Holm');
  });
});

describe('round 27: a party after its kind, a business named with an article', () => {
  it('"The committee’s chairman, Emil Sørvik of the opposition Liberal Party, said ... “…”" is Sørvik, never the party', () => {
    const res = analyzeText('The committee’s chairman, Emil Sørvik of the opposition Liberal Party, said the emails left “no room for doubt.”');
    expect(speakerOf(res, 'no room for doubt')).toBe('Emil Sørvik');
  });

  it('"Le Comptoir Benhadj has a waiting list ... / Benhadj ... ‘…,’ he says." is the chef, never the restaurant', () => {
    const res = analyzeParagraphs([
      'MARSEILLE — Karim Benhadj opened his first restaurant above a laundrette. Twelve years later, Le Comptoir Benhadj has a waiting list of two months.',
      'Across the port, Thierry Garnier-Lacombe said Benhadj’s soup was ‘not a bouillabaisse’.',
      'Benhadj has the clipping in a drawer. ‘He’s right, by the way,’ he says.',
    ]);
    expect(speakerOf(res, 'He’s right')).not.toBe('Le Comptoir Benhadj');
    expect(speakerOf(res, 'He’s right')).toMatch(/Benhadj$/);
  });
});

describe('round 27: a given name the lexicon knows as a noun, opening a sentence', () => {
  it('"... her granddaughter, Maya Whitcombe-Reyes ... / Maya has other numbers. “…,” she said." is Maya', () => {
    const res = analyzeParagraphs([
      'LAKE ORSO — Eleanor Whitcombe has counted the cranes every November since 1987. This year she was joined by her granddaughter, Maya Whitcombe-Reyes, who is 16.',
      '“The first year I came out here with my notebook, there were about 300 of them,” she recalls.',
      'Maya has other numbers. “Last year it was 11,000,” she said, tapping at a tablet.',
    ]);
    expect(speakerOf(res, 'Last year it was')).toBe('Maya Whitcombe-Reyes');
  });
});

describe('round 27: a reply, and a role set off right after a quote', () => {
  it('"‘So you cannot say who it was?’ Mr Fenwick asked. / ‘No, I can’t say that,’ he replied." is the witness, never the one who asked', () => {
    const res = analyzeParagraphs([
      '‘I saw him run past the window,’ Mr Hartley said. ‘I thought it was a phone.’',
      'Under cross-examination by Marcus Fenwick KC, for the defence, he accepted that the man’s face had been covered. ‘So you cannot say who it was?’ Mr Fenwick asked.',
      '‘No, I can’t say that,’ he replied.',
    ]);
    expect(speakerOf(res, 'No, I can’t')).not.toBe('Marcus Fenwick');
  });

  it('"“…,” the authority’s director general, Nino Beridze, said ... / The director general said ... “…,” she said." is Beridze', () => {
    const res = analyzeParagraphs([
      '"Passengers were told, wrongly, that a strike was an extraordinary circumstance," the authority\'s director general, Nino Beridze, said at a press conference.',
      'One of the passengers, Ketevan Abashidze, had been stranded for three days. "Nobody answered the phone," she said.',
      'The director general said the authority had received more than 4,000 complaints. "We will be checking every one of them," she said.',
    ]);
    expect(speakerOf(res, 'We will be checking')).toBe('Nino Beridze');
  });
});

describe('round 27: an exchange after a reply', () => {
  it('"“…,” he said. / “…,” Salgado replied. / “Then publish it.”" is Ferreira, for sure: in an exchange of two the turn goes back', () => {
    const res = analyzeParagraphs([
      '“The science is clear,” Fisheries Minister Eduardo Salgado told reporters.',
      'Joaquim Ferreira, standing a few metres away, disagreed. “The science is five years old,” he said.',
      '“We updated the survey last spring,” Salgado replied.',
      '“Then publish it. Put it on the table where every captain can read it.”',
    ]);
    expect(speakerOf(res, 'Then publish it')).toBe('Joaquim Ferreira');
  });
});

describe('round 27: a man named after the subject is no rival for "she"', () => {
  it('"Prosecutor Paula Henríquez showed a video which she said showed the lieutenant, Cristián Rojas Vergara, lowering his launcher. / “…,” she said." is Henríquez', () => {
    const res = analyzeParagraphs([
      'Constanza Ibarra, now 26, testified first. “I was holding a sign,” she told the court.',
      'Prosecutor Paula Henríquez then showed the three judges a video shot from a nearby balcony, which she said showed the lieutenant, Cristián Rojas Vergara, lowering his launcher.',
      '“The regulations say forty-five degrees, into the air,” she said.',
    ]);
    expect(speakerOf(res, 'The regulations say')).toBe('Paula Henríquez');
  });
});

describe('round 27: bodies of people, and bodies speaking together', () => {
  it('"The national farmers’ federation called the ruling “…”" is the federation, not no one', () => {
    const res = analyzeText('The national farmers\' federation called the ruling "a death sentence for sugar beet in France" and urged the government to act.');
    expect(speakerOf(res, 'a death sentence')).toBe("the national farmers' federation");
  });

  it('"In a joint statement, three regional beekeeping associations said the court had “…”" are the associations', () => {
    const res = analyzeText('In a joint statement, three regional beekeeping associations said the court had "put the survival of pollinators ahead of the convenience of one industry."');
    expect(speakerOf(res, 'put the survival')).toMatch(/associations$/);
  });
});

describe('round 27: "Then Name" opens the subject, a "which" clause holds no rival', () => {
  it('"Then Eze raised the question of the budget, which Nwankwo has overseen since 2021. “…,” he said." is Eze', () => {
    const res = analyzeParagraphs([
      'The debate between the two candidates, Senator Obiora Eze and Senator Chidi Nwankwo, was civil for about nine minutes.',
      'Then Eze raised the question of the Senate\'s travel budget, which Nwankwo has overseen as chairman of the rules committee since 2021. "Four million naira on flights," he said.',
    ]);
    expect(speakerOf(res, 'Four million')).toBe('Obiora Eze');
  });
});

describe('round 27: "That is Name" after a quote-only paragraph', () => {
  it('"‘He takes the bails off ...’ / That is Imran Qureshi, who captained Sindh ..." is Qureshi, not the keeper quoted before', () => {
    const res = analyzeParagraphs([
      '‘The eleventh was in 2019, against Lahore,’ Abbasi says. ‘I still see it when I close my eyes.’',
      '‘He takes the bails off before the ball has finished arriving. I’ve never seen hands like it.’',
      'That is Imran Qureshi, who captained Sindh for eight seasons and now coaches at the national academy.',
    ]);
    expect(speakerOf(res, 'He takes the bails')).toBe('Imran Qureshi');
  });
});

describe('round 27: the one who asked, set off in an opening phrase, and a quote that addresses its speaker', () => {
  it('"Asked by the presiding judge, Horacio Benítez Lamas, whether she could identify them, she pointed ... “That one.”" is the witness', () => {
    const res = analyzeParagraphs([
      'Elena Quiroga de Sosa spoke for nearly four hours before the tribunal. “They called me ‘la maestrita’,” she recalled.',
      'Asked by the presiding judge, Horacio Benítez Lamas, whether she could identify any of the defendants, she pointed to the second row. “That one. He wore the same glasses then.”',
    ]);
    expect(speakerOf(res, 'That one')).not.toBe('Horacio Benítez Lamas');
  });

  it('"“I don’t recall seeing that letter,” Drury said. / “It was addressed to you, Mr Drury.”" is never Drury for sure', () => {
    const res = analyzeParagraphs([
      'Counsel to the inquiry, Simon Achebe-Lowe, asked the former head of building control, Malcolm Drury, why the certificate was issued.',
      '"I don\'t recall seeing that letter," Drury said.',
      '"It was addressed to you, Mr Drury."',
    ]);
    expect(speakerOf(res, 'It was addressed')).not.toBe('Malcolm Drury');
  });
});

describe('round 27: an open letter no one person wrote', () => {
  it('"300 scientists have signed an open letter urging ... the Serrat Basin marine reserve. / “…,” the letter reads." is the letter, never the reserve', () => {
    const res = analyzeParagraphs([
      'More than 300 scientists have signed an open letter urging the government to halt exploratory drilling in the Serrat Basin marine reserve.',
      '"We cannot in good conscience remain silent," the letter reads.',
    ]);
    expect(speakerOf(res, 'We cannot in good')).toBe('the letter');
  });
});

describe('round 27: an exchange of two, paragraph by paragraph', () => {
  it('"“…?” asked Senator Delacroix. / “…,” replied Dr. Ruiz. / “Incomplete how?” / “It doesn’t include ...”" alternates, for sure', () => {
    const res = analyzeParagraphs([
      '“Are you telling this committee that your model is wrong?” asked Senator Mark Delacroix, a Republican from the state’s coal country.',
      '“I am telling you it is incomplete,” replied Dr. Tomás Ruiz, chief scientist at the Federal Climate Modelling Center.',
      '“Incomplete how?”',
      '“It doesn’t include permafrost feedback. Nobody’s model does, not properly.”',
    ]);
    expect(speakerOf(res, 'Incomplete how')).toBe('Mark Delacroix');
    expect(speakerOf(res, 'It doesn’t include')).toBe('Tomás Ruiz');
  });
});

describe('round 27: putting it to someone, and how someone was past a clause', () => {
  it('"Okoro put it to him that the advisers had called the delay a mistake. ‘…?’" is Okoro, for sure', () => {
    const res = analyzeParagraphs([
      'Speaking on the Morning Programme, Mr Tolland told presenter James Okoro: ‘We are not going backwards.’',
      'Okoro put it to him that the government’s own advisers had called the delay a mistake. ‘Your own climate committee says this will cost more. Are they wrong?’',
    ]);
    expect(speakerOf(res, 'Your own climate')).toBe('James Okoro');
  });

  it('"Another rider, Kamil Nowak, who had driven in from Stretton, was angrier. / ‘…’" is Nowak, for sure', () => {
    const res = analyzeParagraphs([
      '‘I’m bringing home £90 less a week,’ said Yusuf Demir, 34, who has delivered for the app for four years.',
      'Another rider, Kamil Nowak, who had driven in from Stretton, was angrier.',
      '‘They call us partners. Partners get a say.’',
    ]);
    expect(speakerOf(res, 'They call us')).toBe('Kamil Nowak');
  });
});

describe('round 27: a title of two words joined by a hyphen, set off before a name', () => {
  it('"The state’s Attorney-General, Priya Ramanathan, says ... ‘…,’ she says." is Ramanathan, never "Attorney-General"', () => {
    const res = analyzeParagraphs([
      '‘They told us the law didn’t allow anything else,’ Bev Tully says.',
      'The state’s Attorney-General, Priya Ramanathan, says a review of penalties is under way. ‘I have met the Tullys and I understand their anger,’ she says.',
    ]);
    expect(speakerOf(res, 'I have met')).toBe('Priya Ramanathan');
  });
});

describe('round 27: a gesture before a paragraph of quotes', () => {
  it('"Eze shook her head before the translation had finished. / “Who decides ...?”" is Eze, for sure', () => {
    const res = analyzeParagraphs([
      'On one side sat Dr. Kaori Ishikawa, an atmospheric physicist. On the other sat Prof. Ngozi Eze, a political scientist.',
      'Ishikawa argued that research should go ahead. “If we refuse to study it, we will not prevent its use,” she said.',
      'Eze shook her head before the translation had finished.',
      '“Who decides the temperature of the planet? A committee in Geneva?”',
    ]);
    expect(speakerOf(res, 'Who decides')).toBe('Ngozi Eze');
  });
});

describe('round 27: an answer in a story that has named only two people', () => {
  it('"... between Senator Obiora Eze and Senator Chidi Nwankwo ... “Who approved that?” / “The committee approved it.”" is Nwankwo, for sure', () => {
    const res = analyzeParagraphs([
      'The televised debate between the two candidates, Senator Obiora Eze and Senator Chidi Nwankwo, was civil for about nine minutes.',
      'Then Eze raised the question of the travel budget. "Four million naira on flights," he said. "Who approved that?"',
      '"The committee approved it. You were on the committee."',
    ]);
    expect(speakerOf(res, 'The committee approved')).toBe('Chidi Nwankwo');
  });
});

describe('round 27: an inverted verb before an owner’s role and a name', () => {
  it('"“…,” said its spokeswoman, Beatrix Nagy." is Nagy', () => {
    const res = analyzeParagraphs([
      'The Petrol Retailers’ Association disputed the findings, saying the study "ignores the real costs of running a forecourt."',
      'Motorists’ group DriveFair called for a legal requirement to display price changes online. "Transparency costs the retailers nothing," said its spokeswoman, Beatrix Nagy.',
    ]);
    expect(speakerOf(res, 'Transparency costs')).toBe('Beatrix Nagy');
  });
});

describe('round 27: a body’s word before a titled name opening a sentence', () => {
  it('"Police Lt. Frank DeLuca said Rourke had cut through the roof. He said: “…”" is DeLuca, not the manager quoted before', () => {
    const res = analyzeParagraphs([
      'Officers found Dale Rourke, 41, when the branch manager, Ted Szymanski, opened the vault at 8 a.m. Monday.',
      '"He looked relieved to see me, honestly," Szymanski said.',
      'Police Lt. Frank DeLuca said Rourke had cut through the roof with a saw. He said: "In twenty-six years I\'ve never had a burglar ask to be arrested."',
    ]);
    expect(speakerOf(res, 'In twenty-six years')).toBe('Frank DeLuca');
  });
});

describe('round 27: two holders of a role told apart by the words of their titles', () => {
  it('"Finance Minister Gustav Ahlqvist and Deputy Prime Minister Elin Forsberg ... / the deputy prime minister warned that cuts were “…”" is Forsberg, for sure', () => {
    const res = analyzeParagraphs([
      'Finance Minister Gustav Ahlqvist and Deputy Prime Minister Elin Forsberg presented the spring economic plan together on Thursday.',
      '"There is no daylight between us," Ahlqvist said.',
      'But the deputy prime minister warned that further cuts were "not on the table this year."',
    ]);
    expect(speakerOf(res, 'not on the table')).toBe('Elin Forsberg');
  });
});

describe('round 27: the byline, and a gender the story gives a name it does not know', () => {
  it('"By Rosa Delgado-Pinto / Ivan Petrov ... / “…,” says the 24-year-old" is Petrov for sure: the writer is no one in the story', () => {
    const res = analyzeParagraphs([
      'By Rosa Delgado-Pinto',
      'Ivan Petrov does not watch his own goals. He watches the misses.',
      '"I learn nothing from the ones that go in," says the 24-year-old, who scored 19 times last season.',
    ]);
    expect(speakerOf(res, 'I learn nothing')).toBe('Ivan Petrov');
    expect(res.cast.map((c) => c.name)).not.toContain('Rosa Delgado-Pinto');
  });

  it('"By Wednesday morning the queue ..." is a sentence, not a byline: the name in it is kept', () => {
    const res = analyzeParagraphs(['By Wednesday morning the queue stretched past the bakery, and Shirley Dunphy said she had "never seen the like".']);
    expect(speakerOf(res, 'never seen the like')).toBe('Shirley Dunphy');
  });

  it('"Kelechi Obi does not watch his own goals. He watches the misses." makes Obi the "he" later, over a coach whose gender the story never gives', () => {
    const res = analyzeParagraphs([
      'Kelechi Obi does not watch his own goals. He watches the misses.',
      '"I learn nothing from the ones that go in," says the 24-year-old striker.',
      'His coach, Marek Hlavac, a Czech who has managed in four countries, first saw him play in Brno. "He was too thin," the coach recalls.',
      'Both, as it turned out. Obi was dismissed three times in his first season.',
      '"I was angry at the world then," he says.',
    ]);
    expect(speakerOf(res, 'I was angry')).toBe('Kelechi Obi');
  });

  it('"Morrow pressed her on her own party’s record." gives Morrow no gender: the "her" is the one pressed', () => {
    const res = analyzeParagraphs([
      'Appearing on the programme on Sunday, the opposition leader, Brianna Kettering, said the government had "lost control" of the waiting list.',
      '"It is worse now than the day they walked in," she told host Declan Morrow.',
      'Morrow pressed her on her own party’s record. "You cut the same budget in 2017," he said.',
    ]);
    expect(speakerOf(res, 'You cut the same')).toBe('Declan Morrow');
  });

  it('"Chukwuemeka Nwankwo lost his mother in 2010. She was 54." gives Nwankwo no gender by that "she": it is the mother', () => {
    const lp = analyzeParagraphLocal('Chukwuemeka Nwankwo lost his mother in 2010. She was 54.');
    expect(lp.mentions.find((m) => m.name.endsWith('Nwankwo'))?.gender ?? null).not.toBe('f');
  });
});

describe('round 27: a name after a preposition in a sentence a pronoun opens', () => {
  it('"Okafor ... takes this well. He has heard worse from Mensah over the years, he says. “…,” he says." is Okafor for sure', () => {
    const res = analyzeParagraphs([
      'His neighbour, Kwabena Okafor, switched from cocoa to cashew four years ago. Mensah did not.',
      '“Kwabena is braver than me, or poorer,” Mensah says.',
      'Okafor, sitting on a bench in the shade, takes this well. He has heard worse from Mensah over the years, he says. “Cashew pays less but it drinks less,” he says.',
    ]);
    expect(speakerOf(res, 'Cashew pays less')).toBe('Kwabena Okafor');
  });
});

describe('round 27: a thing called "the" and a capitalised word', () => {
  it('"The captain was more practical. She told the Gazette the open water had let the Kestrin reach a new site. “…,” she said." is the captain, for sure', () => {
    const res = analyzeParagraphs([
      'When the research vessel Kestrin reached the ice front on January 9, its crew found open water.',
      'Dr. Ingrid Solberg, the expedition’s chief scientist, and Captain Maria Vogt, the ship’s master, had studied the images before departure.',
      '“We sailed over the place where I stood two years ago,” Solberg said.',
      'The captain was more practical. She told the Gazette that the open water had let the Kestrin reach a new site. “From a navigation point of view, it’s a gift,” she said.',
    ]);
    expect(speakerOf(res, 'From a navigation')).toBe('Maria Vogt');
  });
});

describe('round 27: the subject two sentences back, past a sentence about a thing', () => {
  it('"Survival rates have since tripled." names no one', () => {
    const lp = analyzeParagraphLocal('Survival rates have since tripled. Turnout figures were lower.');
    expect(lp.mentions.map((m) => m.name)).toEqual([]);
  });

  it('"Laura Fitch spent the winter installing a system. Survival rates have since tripled. “…,” she said." is Fitch for sure, not the woman quoted before', () => {
    const res = analyzeParagraphs([
      'For three summers, the larvae in Janet Osler’s tanks have died.',
      '“The water was eating the shells,” said Osler, who has owned the hatchery since 2004.',
      'Her business partner, Laura Fitch, spent the winter installing a new system. Survival rates have since tripled. “It’s a bandage,” she said.',
    ]);
    expect(speakerOf(res, 'It’s a bandage')).toBe('Laura Fitch');
  });

  it('... but not past a sentence with someone else in it ("Osler was sceptical.")', () => {
    const res = analyzeParagraphs([
      'For three summers, the larvae in Janet Osler’s tanks have died.',
      '“The water was eating the shells,” said Osler, who has owned the hatchery since 2004.',
      'Her business partner, Laura Fitch, spent the winter installing a new system. Osler was sceptical. “It’s a bandage,” she said.',
    ]);
    expect(speakerOf(res, 'It’s a bandage')).not.toBe('Laura Fitch');
  });
});

describe('round 27: a surname with its particle', () => {
  it('"Seán Ó Briain ... / Ó Briain does not remember. “…,” he says." is Ó Briain, not the trainer quoted between', () => {
    const res = analyzeParagraphs([
      'DUBLIN — Seán Ó Briain rode his first winner at 17. “I do,” he says.',
      'His trainer, Michael Costigan, keeps a photograph. “He asked who won,” the trainer says.',
      'Ó Briain does not remember. “I remember the horse,” he says.',
    ]);
    expect(speakerOf(res, 'I remember the horse')).toBe('Seán Ó Briain');
    expect(res.cast.filter((c) => c.name.endsWith('Briain'))).toHaveLength(1);
  });
});

describe('round 27: a department opening the sentence, and the role the story went on with', () => {
  it('"Finance Minister Gustav Ahlqvist ..." opening a sentence keeps "Finance" with the title, as mid-sentence', () => {
    const start = analyzeParagraphLocal('Finance Minister Gustav Ahlqvist presented the plan.').mentions[0]!;
    const mid = analyzeParagraphLocal('On Thursday, Finance Minister Gustav Ahlqvist presented the plan.').mentions[0]!;
    expect(start.affiliation).toBe('Finance');
    expect(start.affiliation).toBe(mid.affiliation);
  });

  it('"... / The finance minister smiled. “…,” he said." after a finance minister and a deputy prime minister is the finance minister, for sure', () => {
    const res = analyzeParagraphs([
      'Finance Minister Gustav Ahlqvist and Deputy Prime Minister Elin Forsberg presented the plan on Thursday.',
      '"There is no daylight between us," Ahlqvist said.',
      'Forsberg got most of what she wanted. "We have delivered," she said.',
      'The finance minister smiled. "We were never unreconciled," he said.',
    ]);
    expect(speakerOf(res, 'We were never')).toBe('Gustav Ahlqvist');
  });
});

describe('round 27: the one a sentence is about, by a surname that looks like a word, or by what is theirs', () => {
  const opening = [
    'The committee heard from Farid Haddad, a former port chief, and Ambrose Kitching, a union official.',
    'Haddad was first. He said the contract had been "properly tendered."',
  ];
  it('"Kitching was blunter. “…,” he said." is Kitching, never Haddad for sure (a surname ending in -ing opening a sentence)', () => {
    const res = analyzeParagraphs([...opening, 'Kitching was blunter. "My members were told the work would bring 400 jobs," he said.']);
    expect(speakerOf(res, 'My members')).toBe('Ambrose Kitching');
  });

  it('"Kitching’s evidence was shorter. “…,” he said." is Kitching: the owner of the subject', () => {
    const res = analyzeParagraphs([...opening, 'Kitching’s evidence was shorter. "My members were told the work would bring 400 jobs," he said.']);
    expect(speakerOf(res, 'My members')).toBe('Ambrose Kitching');
  });

  it('"Smith’s voice cracked. “…,” he said." is Smith', () => {
    const res = analyzeParagraphs([
      'The committee heard from Farid Haddad, a former port chief, and John Smith, a union official.',
      'Haddad was first. He said the contract had been "properly tendered."',
      'Smith’s voice cracked. "My members were told the work would bring 400 jobs," he said.',
    ]);
    expect(speakerOf(res, 'My members')).toBe('John Smith');
  });

  it('"Smith’s brother was angrier. “…,” he said." is not Smith: the subject is another person', () => {
    const res = analyzeParagraphs([
      'The committee heard from Farid Haddad, a former port chief, and John Smith, a union official.',
      'Haddad was first. He said the contract had been "properly tendered."',
      'Smith’s brother was angrier. "My members were told the work would bring 400 jobs," he said.',
    ]);
    expect(speakerOf(res, 'My members')).not.toBe('John Smith');
  });

  it('"Said Roe, “…”" and "Added Roe: “…”" open with the verb: Roe\'s, for sure', () => {
    const res = analyzeParagraphs(['Jane Roe met John Doe on Monday. Doe should have known. Said Roe, "We will win."', 'Added Doe: "We will see."']);
    expect(speakerOf(res, 'We will win')).toBe('Jane Roe');
    expect(speakerOf(res, 'We will see')).toBe('John Doe');
  });
});

describe('round 27: a verb only a person does, after a clause set off', () => {
  it('"Marites Villaluz, whose husband was killed in a raid, wept ... “…,” she said afterward." is Villaluz for sure', () => {
    const res = analyzeParagraphs([
      '“Who handed you the envelopes, Colonel?” asked the committee chairwoman, Lourdes Navarro-Tan.',
      '“I will name him in executive session,” Aquino said.',
      'In the gallery, Marites Villaluz, whose husband was killed in a 2017 raid, wept as the colonel spoke. “For seven years they told me he fought back,” she said afterward.',
    ]);
    expect(speakerOf(res, 'For seven years')).toBe('Marites Villaluz');
  });
});

describe('round 27: a surname that is a function word, after a given name', () => {
  it('"His uncle, Joseph Were, said the family was “crushed and betrayed”" is Joseph Were, and "Kevin Ochieng Were, 23," one person', () => {
    const res = analyzeParagraphs([
      'The rider, Kevin Ochieng Were, 23, died of head injuries in April. His uncle, Joseph Were, said the family was “crushed and betrayed” by the ruling.',
    ]);
    expect(speakerOf(res, 'crushed and betrayed')).toBe('Joseph Were');
    expect(res.cast.map((c) => c.name)).toContain('Kevin Ochieng Were');
  });
});

describe('round 27: a name set off after a role with an owner whose word is also a verb', () => {
  it('"The state’s chief drainage engineer, Oluwaseun Adebayo, said ... “…,” he said." is Adebayo for sure, not the salon owner quoted before', () => {
    const res = analyzeParagraphs([
      '“Now we keep the dryers upstairs all year round,” said Blessing Nwachukwu, who runs a hair salon near the junction.',
      'The state’s chief drainage engineer, Oluwaseun Adebayo, said the canals had been designed for smaller storms. “We are widening the channel, but it is a three-year job,” he said.',
    ]);
    expect(speakerOf(res, 'We are widening')).toBe('Oluwaseun Adebayo');
    expect(analyzeParagraphLocal('The state’s chief engineer, Oluwaseun Adebayo, said the canals were old.').sentSubject[0]).toBe(0);
  });
});

describe('round 27: a profession as the subject, named by its ending', () => {
  it('"Dr. Kaori Ishikawa, an atmospheric physicist, ... / The physicist conceded the point. “…,” she said." is Ishikawa, not the scientist quoted last', () => {
    const res = analyzeParagraphs([
      'On one side sat Dr. Kaori Ishikawa, an atmospheric physicist at Kyushu Institute of Technology. On the other sat Prof. Ngozi Eze, a political scientist at the University of Accra.',
      'Ishikawa argued that research should go ahead. "If we refuse to study it, we will not prevent its use," she said.',
      'Eze shook her head.',
      '"Who decides the temperature of the planet?"',
      'The physicist conceded the point, partly. "You are right that governance comes first," she said.',
    ]);
    expect(speakerOf(res, 'You are right')).toBe('Kaori Ishikawa');
  });
});

describe('round 27: "she added" after a role no one was found for', () => {
  it('"The chief executive said engineers had been wrong. “…,” she added." after the councillor\'s questions is never the councillor for sure', () => {
    const res = analyzeParagraphs([
      'The chief executive of Northvale Water faced four hours of questioning on Thursday.',
      'Helen Okonjo, who has led the company since 2019, opened with an apology. "We let people down," she said.',
      'Councillor Marguerite Dufresne, who chairs the committee, pressed her. Okonjo said the board had been briefed in June.',
      '"Early June," Dufresne repeated. "And the notice went out in July."',
      '"Then what were you doing for seven weeks?"',
      'The chief executive said engineers had believed the problem was small. "We were wrong about that," she added.',
    ]);
    expect(speakerOf(res, 'We were wrong')).not.toBe('Marguerite Dufresne');
  });
});

describe('round 27: a quote inside a transcript turn', () => {
  it('"MEHROTRA: ... Our message to him is simple: “…”" is never the "him" for sure; the turn\'s speaker is the suggestion', () => {
    const res = analyzeParagraphs([
      'Excerpts from Thursday’s press conference by Dr. Anjali Mehrotra, chair of the Junior Doctors’ Committee:',
      'Q: Health Secretary Graham Tull said this morning that your demand is “simply unaffordable.” What is your response?',
      'MEHROTRA: With respect, he said the same thing about the last pay award, and then he found the money. Our message to him is simple: “Talk to us before Monday, and there may not need to be a strike.”',
    ]);
    const q = quoteOf(res, 'Talk to us');
    expect(nameOf(res, q.speakerId)).not.toBe('Graham Tull');
    expect(nameOf(res, q.speakerId ?? q.suggestedSpeakerId)).toBe('Anjali Mehrotra');
  });

  it('"VAN RENSBURG: ... a starter my grandmother called “the baby,”" is still no speech', () => {
    const res = analyzeParagraphs([
      'Host Declan Fairweather spoke to baker Ilse van Rensburg about her sourdough.',
      'FAIRWEATHER: So what’s the secret?',
      'VAN RENSBURG: Time. And a starter my grandmother called “the baby,” which is now older than me.',
    ]);
    expect(res.quotes.filter((x) => x.text.startsWith('the baby'))).toEqual([]);
  });
});

describe('round 27: no one is "send customers"', () => {
  it('"... continued to send customers estimated bills that bore “…”" names no one by "send customers"', () => {
    const res = analyzeParagraphs(['The head of the energy regulator warned suppliers that they faced fines if they continued to send customers estimated bills that bore “no relationship to reality.”']);
    expect(res.cast.map((c) => c.name.toLowerCase())).not.toContain('send customers');
    expect(speakerOf(res, 'no relationship')).not.toBe('send customers');
  });
});

describe('round 27: her voice, his maiden speech', () => {
  it('"From below, her voice carried through a megaphone: “…”" is hers (suggested or named), never no one', () => {
    const res = analyzeParagraphs([
      'For 19 days, Ludmila Savchenko has lived on the roof of the plant.',
      'She is one of eleven workers occupying the roof. From below, her voice carried through a megaphone on Thursday: “We will come down when they come to talk, not before!”',
    ]);
    const q = quoteOf(res, 'We will come down');
    expect(nameOf(res, q.speakerId ?? q.suggestedSpeakerId)).toBe('Ludmila Savchenko');
  });

  it('"Her maiden speech the following year was remembered for a single line: “…”" is hers', () => {
    const res = analyzeParagraphs([
      'Baroness Adaeze Okonkwo-Grant died on Sunday at her home in Wexcombe. She was 88.',
      'She came to the capital as a student in 1957. Her maiden speech the following year was remembered for a single line: "I did not come here to be thanked for being brave."',
    ]);
    const q = quoteOf(res, 'I did not come here');
    expect(nameOf(res, q.speakerId ?? q.suggestedSpeakerId)).toBe('Adaeze Okonkwo-Grant');
  });
});

describe('round 27: the turns of an exchange of two, paragraph by paragraph', () => {
  it('"“Who approved that?” / “The committee approved it.” / “I voted against it.” / “You abstained.”" alternates between the two senators', () => {
    const res = analyzeParagraphs([
      'The debate between Senator Obiora Eze and Senator Chidi Nwankwo was civil for about nine minutes.',
      'Then Eze raised the travel budget, which Nwankwo has overseen since 2021. "Four million naira on flights," he said. "Who approved that?"',
      '"The committee approved it. You were on the committee."',
      '"I voted against it."',
      '"You abstained. It\'s in the record, Senator."',
    ]);
    expect(speakerOf(res, 'I voted against')).toBe('Obiora Eze');
    expect(speakerOf(res, 'You abstained')).toBe('Chidi Nwankwo');
  });

  it('... but not for sure when the next paragraph says whose the words were ("The remark, from an elderly woman ...")', () => {
    const res = analyzeParagraphs([
      'Churchwarden Geoffrey Tamworth told councillors the bells had rung every Sunday since 1721. ‘They were here first,’ he said.',
      '‘With respect, that isn’t the point,’ replied Councillor Anjali Mistry, who chairs the parish council.',
      '‘It’s reasonable to anyone who’s lived here longer than a fortnight.’',
      'The remark, from an elderly woman at the back of the hall, drew loud applause.',
    ]);
    expect(speakerOf(res, 'It’s reasonable')).toBeNull();
  });
});

describe('round 27: one who asked goes on asking', () => {
  it('"Whitcombe asked whether the budget had doubled. ‘It’s a simple question,’ he said. ‘Yes or no?’" is Whitcombe for sure', () => {
    const res = analyzeParagraphs([
      'There were angry scenes in the assembly as the Treasurer, Michael Fenwick-Osei, was pressed over the cost of the stadium.',
      'The member for Kinross East, Daniel Whitcombe, asked whether it was true the budget had doubled. ‘It’s a simple question,’ he said. ‘Yes or no?’',
    ]);
    expect(speakerOf(res, 'It’s a simple question')).toBe('Daniel Whitcombe');
  });

  it('... but an answer that only speaks of the question stays the reviewer\'s call ("That is a fair question, ...")', () => {
    const res = analyzeParagraphs([
      'Host Themba Khumalo-Reddy put it to the minister, Lindiwe Mabaso-Pillay.',
      'Khumalo-Reddy asked why the textbooks had not arrived. “That is a fair question, and the honest answer is the supplier failed us,” she said.',
    ]);
    expect(speakerOf(res, 'That is a fair question')).not.toBe('Themba Khumalo-Reddy');
  });
});

describe('round 27: a reply by a role no one holds', () => {
  it('"“What would you have us do?” he asked. / “I would have you negotiate,” the pilot replied." is the pilots\' leader, never the one who asked', () => {
    const res = analyzeParagraphs([
      'Captain Henrik Vasquez, president of the pilots’ association, accused the company of "planning for this strike for months".',
      'The chief executive, Matías Ferrante, said that was "prudent management." "What would you have us do, leave 30,000 passengers stranded?" he asked.',
      '"I would have you negotiate," the pilot replied.',
    ]);
    expect(speakerOf(res, 'I would have you')).toBe('Henrik Vasquez');
  });
});

describe('round 27: "my husband said" in an answer', () => {
  it('"A. My father said, “…”" is the father the story named ("Her father, Joseph Mwangi, grows coffee")', () => {
    const res = analyzeParagraphs([
      'Grace Wanjiru Mwangi, 38, an aerospace engineer, was selected last month for a crewed orbital mission. Her father, Joseph Mwangi, grows coffee near Nyeri.',
      'Q. What did your family say?',
      'A. My father said, "Nobody from Nyeri goes to space." Then he bought a telescope.',
    ]);
    expect(speakerOf(res, 'Nobody from Nyeri')).toBe('Joseph Mwangi');
    expect(res.cast.map((c) => c.name)).not.toContain('A.');
  });

  it('"VAN RENSBURG: ... My husband said, “…”" is her husband, unnamed, never her', () => {
    const res = analyzeParagraphs([
      'Host Declan Fairweather spoke to baker Ilse van Rensburg about her sourdough.',
      'FAIRWEATHER: Half a million views for a loaf of bread. How does that feel?',
      'VAN RENSBURG: Ridiculous. My husband said, “It’s bread, Ilse. People have seen bread.” And he’s right.',
    ]);
    expect(speakerOf(res, 'It’s bread')).toBe('husband (unnamed)');
  });
});

describe('round 27: a work set off by its title', () => {
  it('"will publish his memoir, “Order, Order: Twenty Years in the Chair,” in October, his publisher announced" is no quote', () => {
    const res = analyzeText('The former speaker, Bartholomew Ngata, will publish his memoir, “Order, Order: Twenty Years in the Chair,” in October, his publisher announced on Tuesday.');
    expect(res.quotes.filter((x) => x.text.startsWith('Order, Order'))).toEqual([]);
  });

  it('"A documentary about the 1987 strike, “The Long Winter at Pit Nine”, will premiere ..., organisers announced" is no quote', () => {
    const res = analyzeText('A documentary about the 1987 miners’ strike in the Carradon coalfield, “The Long Winter at Pit Nine”, will premiere at the film festival next month, organisers announced on Wednesday.');
    expect(res.quotes.filter((x) => x.text.startsWith('The Long Winter'))).toEqual([]);
  });

  it('... but a short answer after a comma is still speech: "Tom Reyes was brief. “Not now, not ever,” he said."', () => {
    const res = analyzeText('Asked about a return, Tom Reyes was brief. “Not now, not ever,” he said.');
    expect(speakerOf(res, 'Not now')).toBe('Tom Reyes');
  });
});

describe('round 27: a word after "calls out"', () => {
  it('"“The keys are where they always are,” she calls out. “Somewhere.”" is her word, not a title', () => {
    const res = analyzeParagraphs(['Efua Boateng overhears this from the kitchen. “The keys are where they always are,” she calls out. “Somewhere.”']);
    expect(speakerOf(res, 'Somewhere')).toBe('Efua Boateng');
  });
});

describe('round 27: who "a second person" is, and the first of two surnames', () => {
  it('"A second person, an official in the prime minister’s office, said ... “…”" is that official, unnamed', () => {
    const res = analyzeText('A second person, an official in the prime minister’s office, said the delay was "under consideration but not decided."');
    expect(speakerOf(res, 'under consideration')).toBe('official in the prime minister’s office (unnamed)');
  });

  it('"Rodrigo Salazar Peña, president of the union, ... / “…,” Salazar said." is one person', () => {
    const res = analyzeParagraphs([
      'Rodrigo Salazar Peña, president of the mine’s workers’ union, told local radio that the union "fully supports" the workers.',
      'A manager at the mine, who asked not to be named, disagreed.',
      '"They were tired, and they were sent into a place that should have been closed," Salazar said.',
    ]);
    expect(speakerOf(res, 'They were tired')).toBe('Rodrigo Salazar Peña');
    expect(res.cast.filter((c) => c.name.includes('Salazar'))).toHaveLength(1);
  });
});

describe('round 27: the paragraph after says who said it', () => {
  it('"“…,” Kılıç says. / “A prophecy does not pay for wool.” / Aydemir does not look up when he says this." is Aydemir', () => {
    const res = analyzeParagraphs([
      'Hüseyin Aydemir has cut suits for 54 years. His apprentice, Emre Kılıç, is 31.',
      '“He tells me this story once a week,” Kılıç says. “So I tell him the sleeve was a prophecy.”',
      '“A prophecy does not pay for wool.”',
      'Aydemir does not look up from his cutting table when he says this.',
    ]);
    expect(speakerOf(res, 'A prophecy')).toBe('Hüseyin Aydemir');
  });

  it('... but not "Aydemir said that the shop would stay open."', () => {
    const res = analyzeParagraphs([
      'Hüseyin Aydemir has cut suits for 54 years. His apprentice, Emre Kılıç, is 31.',
      '“He tells me this story once a week,” Kılıç says. “So I tell him the sleeve was a prophecy.”',
      '“A prophecy does not pay for wool.”',
      'Aydemir said that the shop would stay open.',
    ]);
    expect(speakerOf(res, 'A prophecy')).not.toBe('Hüseyin Aydemir');
  });
});

describe('round 27: "it said" after an organisation quoted in the sentence before', () => {
  it('"The county council said it had ‘no choice’ ... In a statement, it said: ‘…’" is the council', () => {
    const res = analyzeParagraphs([
      '‘It’s heartbreaking,’ said Tom Evershed, chairman of the parish council.',
      'The county council said it had ‘no choice’ because dead limbs posed a risk to drivers. In a statement, it said: ‘Public safety has to come first.’',
    ]);
    expect(speakerOf(res, 'Public safety')).toBe('the county council');
  });
});

describe('round 27: "it warned that"', () => {
  it('"“…,” the report said. It warned that “…”" is the report', () => {
    const res = analyzeParagraphs([
      'The air quality board’s annual report, released Monday, found that pollution had worsened.',
      '“Concentrations exceeded the daily limit on 41 days,” the report said. It warned that “without additional controls on shipping emissions, the city will not meet its 2030 target.”',
    ]);
    expect(speakerOf(res, 'without additional controls')).toBe('the report');
  });
});

describe('round 27: a second clause of the same report', () => {
  it('"Connexa says the software is “a coaching tool” and that it is used “in full compliance with data protection law.”" is Connexa both times, for sure', () => {
    const res = analyzeParagraphs([
      '“You learn to take your breaks in pieces,” says Siobhán Kearney, who works at the call centre.',
      'The company that runs the centre, Connexa Contact Solutions, says the monitoring software is "a coaching tool, not a surveillance tool" and that it is used "in full compliance with data protection law."',
    ]);
    expect(speakerOf(res, 'in full compliance')).toBe('Connexa Contact Solutions');
  });
});

describe('round 27: a spokesperson named after "by the spokesperson for ..."', () => {
  it('"... briefing by the spokesperson for the UN Secretary-General, Mireille Kabongo. / KABONGO: ... as the Secretary-General said on Friday, the closure is “…”" is never Kabongo for sure', () => {
    const res = analyzeParagraphs([
      'The following is an edited transcript of Tuesday’s noon briefing by the spokesperson for the UN Secretary-General, Mireille Kabongo.',
      'QUESTION: The government says the closure is temporary. Do you accept that?',
      'KABONGO: We take note of that. But as the Secretary-General said on Friday, the closure is "unacceptable and must be reversed."',
    ]);
    expect(speakerOf(res, 'unacceptable and must')).not.toBe('Mireille Kabongo');
  });
});

describe('round 28 (begun in the twenty-fourth session): things that are no one, and a pronoun in its subject\'s sentence', () => {
  it('"Chair of selectors Wayne Pemberton has defended ..., saying experience “…”" is Pemberton, no one called "Chair"', () => {
    const res = analyzeText('Chair of selectors Wayne Pemberton has defended the decision to recall the opener, saying experience “still counts for something at this level”.');
    expect(speakerOf(res, 'still counts')).toBe('Wayne Pemberton');
    expect(res.cast.map((c) => c.name)).not.toContain('Chair');
  });

  it('"... told by its head of people, Rachel Oyelaran-Smith, in a seven-minute video call that their jobs had ended “…”" is never "seven-minute video"', () => {
    const res = analyzeText('Workers were told by the company’s head of people, Rachel Oyelaran-Smith, in a seven-minute video call that their jobs had ended "effective immediately."');
    expect(speakerOf(res, 'effective immediately')).not.toBe('seven-minute video');
    expect(res.cast.map((c) => c.name)).not.toContain('seven-minute video');
  });

  it('"ON THE ZELENA BALKA FRONT, Dravia — ..." is a dateline: the country is no "he"', () => {
    const res = analyzeParagraphs([
      'ON THE ZELENA BALKA FRONT, Dravia — The drone team works out of a cellar. Its commander, a former wedding photographer who uses the call sign "Kit," says his unit flies 30 missions a night.',
      '"The camera is the same," he said.',
    ]);
    expect(speakerOf(res, 'The camera is')).not.toBe('Dravia');
  });

  it('"... the Speaker, Rt. Hon. Yakubu Danladi Musa, commended members for what he described as “…”" is Musa for sure', () => {
    const res = analyzeParagraphs([
      'Chairman of the House Committee on Finance, Hon. Emeka Nwachukwu-Obi, who presented the report, said the increase would fund rural roads.',
      'Speaking after the passage, the Speaker, Rt. Hon. Yakubu Danladi Musa, commended members for what he described as "patriotic diligence."',
    ]);
    expect(speakerOf(res, 'patriotic diligence')).toBe('Yakubu Danladi Musa');
  });

  it('... but "Mr Whitlock-Ryan, he said, had “…”" is the one saying it, not the sentence\'s subject', () => {
    const res = analyzeParagraphs(['Emergency Services Minister Daniel Nguyen said the government would release extra funding. Mr Whitlock-Ryan, he said, had “every resource he has asked for”.']);
    expect(speakerOf(res, 'every resource')).not.toBe('Grant Whitlock-Ryan');
    expect(speakerOf(res, 'every resource')).not.toBe('Mr Whitlock-Ryan');
  });
});

describe('round 28: a name set off after an owner\'s role of two words', () => {
  it('"“…,” said its operations director, Helen Sørensen." is Sørensen, never the company', () => {
    const res = analyzeParagraphs(['Aquavale Water said the work was an emergency repair to a burst main. “We cannot schedule a burst,” said its operations director, Helen Sørensen.']);
    expect(speakerOf(res, 'We cannot schedule')).toBe('Helen Sørensen');
  });

  it('"‘…,’ said its general secretary, Kwame Asante-Boateng." is Asante-Boateng: the last of two role words', () => {
    const res = analyzeParagraphs(['The Independent Drivers’ Union welcomed the fine. ‘For a company this size, £41m is a rounding error,’ said its general secretary, Kwame Asante-Boateng.']);
    expect(speakerOf(res, 'For a company this size')).toBe('Kwame Asante-Boateng');
  });
});

describe('round 28: someone new after an opening phrase', () => {
  it('"Beside her, a young man in a suit, headphones round his neck, joins in. “…,” he says." is never the woman before for sure', () => {
    const res = analyzeParagraphs([
      '“You learn where the doors stop,” says Adebola Ogundipe, an accountant who has made the journey for nine years.',
      'Beside her, a young man in a suit, headphones round his neck, joins in. “I’ve stood the whole way every day this week,” he says.',
      'Ogundipe laughs when she hears that. “They said the end of February, too,” she says.',
    ]);
    expect(speakerOf(res, 'I’ve stood')).not.toBe('Adebola Ogundipe');
    expect(speakerOf(res, 'They said the end')).toBe('Adebola Ogundipe');
  });
});

describe('round 28: a body\'s initials in an unnamed source\'s description', () => {
  it('"A senior UN official in Ambaru, speaking on condition of anonymity, said ... “…,” he said." is that official, never the Secretary-General quoted before', () => {
    const res = analyzeParagraphs([
      '“Attacks on peacekeepers may constitute war crimes,” the UN Secretary-General, Leopold Asante-Mensah, said in a statement.',
      'A senior UN official in Ambaru, speaking on condition of anonymity, said the device had been planted recently. “Somebody was watching us,” he said.',
    ]);
    expect(speakerOf(res, 'Somebody was watching')).toBe('senior UN official in Ambaru (unnamed)');
  });
});

describe('round 28: "with his counsel, Name, arguing"', () => {
  it('"Fifita pleaded not guilty, with his counsel, Angela Marchetti, arguing the tackle had been “…”" is Marchetti, never Fifita', () => {
    const res = analyzeText('Fifita, 28, pleaded not guilty to the charge, with his counsel, Angela Marchetti, arguing the tackle had been “a legitimate attempt to turn the ball-carrier” that went wrong.');
    expect(speakerOf(res, 'a legitimate attempt')).toBe('Angela Marchetti');
  });
});

describe('round 28: what someone writes, brought in by "with"', () => {
  it('"Varga-Whitlock set off a sell-off ... with a late-night post accusing the board of “…”" is Varga-Whitlock, not the post', () => {
    const res = analyzeText('Billionaire investor Cassius Varga-Whitlock set off a sell-off in shares of Pelloria Foods on Sunday with a late-night post accusing the company’s board of “sleepwalking into irrelevance.”');
    expect(speakerOf(res, 'sleepwalking')).toBe('Cassius Varga-Whitlock');
  });
});

describe('round 28: two roles joined by "and" before a name set off', () => {
  it('"“…,” said Auravolt’s founder and chairman, Zhao Meiling, at the launch." is Zhao Meiling', () => {
    const res = analyzeText('"We are done telling," said Auravolt’s founder and chairman, Zhao Meiling, at the launch.');
    expect(speakerOf(res, 'We are done')).toBe('Zhao Meiling');
  });
});

describe('round 28: a capitalised word that only modifies a noun after "a"', () => {
  it('"Coach Phil Gatenby was less measured when he spoke to a Sydney radio station. “…,” he said." is Gatenby for sure', () => {
    const res = analyzeParagraphs([
      'In a brief statement, the Stingrays said they were “disappointed with the outcome”.',
      'Coach Phil Gatenby was less measured when he spoke to a Sydney radio station on Tuesday night. “Four weeks for that? Mate, I’ve seen worse in the under-nines,” he said.',
    ]);
    expect(speakerOf(res, 'Four weeks')).toBe('Phil Gatenby');
  });
});

describe('round 28: a capitalised plural no one is', () => {
  it('"Cases this year have passed 18,000, according to Dr. Paulo Henrique Tavares, ... / He blamed ... “…,” he said." is Tavares for sure', () => {
    const res = analyzeParagraphs([
      'Cases this year have passed 18,000, more than three times last year’s total, according to Dr. Paulo Henrique Tavares, who runs the city’s health department.',
      'He blamed an unusually hot and wet summer. "We have never seen numbers like this," he said.',
    ]);
    expect(speakerOf(res, 'We have never seen')).toBe('Paulo Henrique Tavares');
  });
});

describe('round 28: a person whose surname is also a place', () => {
  it('"His father, Rui Albuquerque, says he rereads the letter. “…,” he says." is Rui Albuquerque', () => {
    const res = analyzeParagraphs([
      '“We just knew who he was,” said his mother, Fernanda Albuquerque.',
      'His father, Rui Albuquerque, says he rereads the letter every few weeks. “They wrote that she rode a bicycle for the first time this summer,” he says.',
    ]);
    expect(speakerOf(res, 'They wrote that')).toBe('Rui Albuquerque');
  });
});

describe('round 28: "it said" after an organisation named by its kind and its name', () => {
  it('"The consumer group Euroconsumo said it remained concerned. The remedy “…,” it said in a statement." is Euroconsumo for sure', () => {
    const res = analyzeParagraphs([
      'Televal said it accepted the conditions and expected to complete the deal by March. "We are pleased to have reached a constructive outcome," said chief executive Rodrigo Mascarenhas.',
      'The consumer group Euroconsumo said it remained concerned. The remedy "does nothing for customers in Spain, where the two companies overlap heavily," it said in a statement.',
    ]);
    expect(speakerOf(res, 'does nothing for customers')).toBe('Euroconsumo');
  });
});

describe('round 28: an office brought in unnamed at the start and named later', () => {
  it('"A coroner has ruled that failures “more than minimally contributed” ... / the senior coroner, Helena Marchetti, said" is Marchetti', () => {
    const res = analyzeParagraphs([
      'A coroner has ruled that failures in care at Lindenmoor General Hospital “more than minimally contributed” to the death of a father of three.',
      'Dariusz Kowalczyk arrived at the hospital on the evening of 6 November with severe pain.',
      'Recording a narrative conclusion, the senior coroner, Helena Marchetti, said there had been “a missed opportunity to reassess Mr Kowalczyk”.',
    ]);
    expect(speakerOf(res, 'more than minimally')).toBe('Helena Marchetti');
  });

  it('... but not a word many may share: "A resident said “…” / Another resident, Jane Doe, said “…”" keeps the first resident unnamed', () => {
    const res = analyzeParagraphs([
      'A resident said the road had been “a death trap for years”.',
      'Another resident, Jane Doe, said the council had “ignored every letter”.',
    ]);
    expect(speakerOf(res, 'a death trap')).not.toBe('Jane Doe');
  });
});

describe('round 28: a body\'s spokesman, not the body', () => {
  it('"Norvane’s foreign ministry spokesman on Thursday rejected reports ..., calling them “…”" is never the ministry', () => {
    const res = analyzeText('Norvane’s foreign ministry spokesman on Thursday rejected reports that his country had supplied drones to Kessaria, calling them "groundless speculation."');
    expect(speakerOf(res, 'groundless speculation')).not.toBe('Norvane’s foreign ministry');
    expect(nameOf(res, quoteOf(res, 'groundless speculation').speakerId ?? quoteOf(res, 'groundless speculation').suggestedSpeakerId)).toMatch(/spokesman/);
  });
});

describe('round 28: "Studio head Name"', () => {
  it('"Studio head Camille Arsenault ... announced her departure. “…,” she wrote." is Arsenault for sure, no one called "Studio"', () => {
    const res = analyzeParagraphs([
      'Ironbark Games is closing its Montreal office and laying off 230 people, its parent company, Helix Entertainment, said on Wednesday.',
      'Studio head Camille Arsenault, who co-founded Ironbark in 2009, announced her departure the same day. "I promised this team I would fight for them," she wrote in a message to employees.',
    ]);
    expect(speakerOf(res, 'I promised this team')).toBe('Camille Arsenault');
    expect(res.cast.map((c) => c.name)).not.toContain('Studio');
  });
});

describe('round 28: the one asked answers; a verb past an affiliation', () => {
  it('"A reporter asked Batista-Reis whether ... “…,” she replied." is Batista-Reis for sure', () => {
    const res = analyzeParagraphs([
      '"This is the public\'s spectrum," chairwoman Yolanda Batista-Reis told a news conference.',
      'The largest winner, Telvaro, spent $6.1 billion.',
      'A reporter asked Batista-Reis whether smaller operators had been squeezed out. "Three new entrants won licences," she replied.',
    ]);
    expect(speakerOf(res, 'Three new entrants')).toBe('Yolanda Batista-Reis');
  });

  it('"Hyun-woo Baek of Meridian Capital Research noted that margins had narrowed. “…,” he said." is Baek for sure', () => {
    const res = analyzeParagraphs([
      '“We have now closed every title that was losing money,” said chief executive Amara Nwachukwu.',
      'Not everyone on the call was convinced. Hyun-woo Baek of Meridian Capital Research noted that streaming margins had narrowed. “You’re growing subscribers by discounting,” he said.',
    ]);
    expect(speakerOf(res, 'You’re growing')).toBe('Hyun-woo Baek');
  });
});

describe('round 28 (twenty-fifth session): a portfolio between role and name; the question an "Asked" opening puts', () => {
  it('"Cabinet member for housing Jo Bell said ... “…,” she said." is Bell for sure, no one called "Cabinet"', () => {
    const res = analyzeParagraphs([
      'The town hall will close its doors for six months while the roof is replaced.',
      'Cabinet member for housing Jo Bell said the works had been put off for too long. “Every winter we patch it and every spring it leaks again,” she said.',
    ]);
    expect(speakerOf(res, 'Every winter')).toBe('Jo Bell');
    expect(res.cast.map((c) => c.name)).not.toContain('Cabinet');
  });

  it('"Asked whether Corvalia had asked for help, he paused. “…,” he said." stays with the last speaker', () => {
    const res = analyzeParagraphs([
      'Corvalia\'s defence minister, Teodor Vaskel, said on Wednesday that his country had no plans to close the border despite what he called "a wave of rumours".',
      '"We are watching. We are not panicking," Vaskel said at a news conference, speaking in Corvalian through an interpreter.',
      'Asked whether Corvalia had asked its neighbours for help, he paused. "Our neighbours know what we need," he said.',
    ]);
    expect(speakerOf(res, 'Our neighbours know')).toBe('Teodor Vaskel');
  });
});

describe('round 28: someone named, then called by age; the name someone gave', () => {
  it('"Ines Morcombe held a placard. The 34-year-old architect cycles the route daily. / “…,” she said." is Morcombe for sure', () => {
    const res = analyzeParagraphs([
      'Councillor Dale Hurst watched the first bollards come out. "The street belongs to drivers again," he said.',
      'A few metres away, Ines Morcombe held a placard reading KEEP IT SAFE. The 34-year-old architect cycles the route twice a day.',
      '"He never walks it. I do, every morning," she said.',
    ]);
    expect(speakerOf(res, 'He never walks it')).toBe('Ines Morcombe');
  });

  it('"One woman, who gave only her first name, Salma, said ... “…,” she said." is Salma, not the official quoted before', () => {
    const res = analyzeParagraphs([
      'Chief inspector Marta Olesen told reporters that the search ‘would go on as long as it takes’.',
      '‘We owe the families an answer,’ she said.',
      'Neighbours waited behind the tape. One woman, who gave only her first name, Salma, said she had not slept since Sunday. ‘I keep listening for the door,’ she said.',
    ]);
    expect(speakerOf(res, 'I keep listening')).toBe('Salma');
    const salma = res.cast.find((c) => c.name === 'Salma');
    expect(salma?.kind).toBe('person');
  });

  it('"A fisherman, who gave his name only as Pello Arrieta, said ..." makes him the subject a later "he" means', () => {
    const res = analyzeParagraphs([
      '"The quota is a death sentence for this harbour," said Agnes Thorvald, who chairs the port board.',
      'A fisherman, who gave his name only as Pello Arrieta, said his boat had not left the harbour in a month. "I have sold the second net already," he said.',
    ]);
    expect(speakerOf(res, 'I have sold the second net')).toBe('Pello Arrieta');
  });
});

describe('round 28: the subject reported speaking just before a pronoun', () => {
  it('"Transport Minister Peter Okafor said ... Mr Brenner, he said, had “…”." is Okafor for sure, not the man quoted before', () => {
    const res = analyzeParagraphs([
      'Police Commissioner Hal Brenner urged drivers to stay off the roads overnight. “The motorways are glass,” he said.',
      'Transport Minister Peter Okafor said the government would pay for extra gritters. Mr Brenner, he said, had “all the salt he could ask for”.',
    ]);
    expect(speakerOf(res, 'all the salt')).toBe('Peter Okafor');
  });
});

describe('round 28: "Name, he said, ..."; a role with what it is of; a side\'s name; the pick\'s own last quote', () => {
  it('"Mbeki-Orr, who teaches at ..., was less sure. Winter, he said, “…”" is Mbeki-Orr for sure, no one called "Winter"', () => {
    const res = analyzeParagraphs([
      '“Whoever holds the bridges in March holds the valley,” said Marta Oduya, a fellow at the Centre for Defence Studies.',
      'Tavi Mbeki-Orr, who teaches military history at Harwell College, was less sure. Winter, he said, “belongs to whoever still has fuel.” Vostrian strikes on Ardenia\'s depots, he added, were “aimed at exactly that.”',
    ]);
    expect(speakerOf(res, 'belongs to whoever')).toBe('Tavi Mbeki-Orr');
    expect(speakerOf(res, 'aimed at exactly that')).toBe('Tavi Mbeki-Orr');
  });

  it('"Quillo’s director of partnerships, Ilario Sacramento, said ... “…,” he said." is Sacramento, a person though Sacramento is a city', () => {
    const res = analyzeParagraphs([
      'The singer Maya Trent has moved her back catalogue to the streaming service Quillo. “They let me keep my masters,” Trent said.',
      'Quillo’s director of partnerships, Ilario Sacramento, said the company would not change a note. “Her fans trust her because nobody edits her,” he said.',
    ]);
    expect(speakerOf(res, 'Her fans trust her')).toBe('Ilario Sacramento');
  });

  it('"Penrose Rangers Women reached the final ... “…,” she said." is the captain for sure, no woman called "Penrose Rangers Women"', () => {
    const res = analyzeParagraphs([
      'Penrose Rangers Women reached their first final with a 3-2 win over Dunmore City.',
      'Captain Caoimhe Dunleavy, who scored twice, was close to tears when she spoke afterwards.',
      '“Ten years ago we played in front of our parents,” she said.',
    ]);
    expect(speakerOf(res, 'Ten years ago')).toBe('Caoimhe Dunleavy');
  });

  it('"Her husband said the family felt “…”. Ruby, he added, “…”" is the husband the first quote went to, for sure', () => {
    const res = analyzeParagraphs([
      'Hannah and Owen Marsh, whose daughter Ruby died in 2019, have campaigned for the inquiry for four years.',
      '“Nobody listened to us,” Hannah Marsh said.',
      'Her husband said the family felt “heard, at last.” Ruby, he added, “would have been six this year.”',
    ]);
    expect(speakerOf(res, 'heard, at last')).toBe('Owen Marsh');
    expect(speakerOf(res, 'would have been six')).toBe('Owen Marsh');
  });
});

describe('round 28: a noun the lexicon knows as a verb, after "the", in a role before a name', () => {
  it('"A resident of the Redbank camp, who gave only his first name, Kwaku, said ... “…,” he said." is Kwaku for sure', () => {
    const res = analyzeParagraphs([
      '“We have run out of tents,” Deputy Governor Paulo Ferreira-Lobo told reporters on Monday.',
      'A resident of the Redbank camp, who gave only his first name, Kwaku, said the water tanks were empty by noon. “The children queue from dawn,” he said.',
    ]);
    expect(speakerOf(res, 'The children queue')).toBe('Kwaku');
  });
});

describe('round 28: the one person a far "she" can mean', () => {
  const obituary = (extra: string) => [
    `Dr. Ilse Marwood-Achebe, a chemist who built the first cheap water filter sold in Ostrava and later ran the national science academy, has died at 91.${extra}`,
    'Her death, at a care home in Lemberg, was announced by her nephew, Karl Achebe, who said she had been frail since a fall in the spring.',
    'Raised in the mountain village of Tarnova, she left for Lemberg at 17 and, by her own account, was told by a lecturer that chemistry "was not for girls."',
    'She went on to write a textbook, "Clean Water", which was used in schools for thirty years.',
    '"She could be terrifying in a laboratory and kind everywhere else," said Professor Anton Reisz, who worked under her in the 1970s.',
    'In a 1999 interview, she said she had never thought of herself as brave. "I was only the one who was stubborn enough to finish," she said.',
  ];

  it('an obituary\'s "she said" five paragraphs after her name, with only places in reach, is her for sure', () => {
    const res = analyzeParagraphs(obituary(''));
    expect(speakerOf(res, 'I was only the one')).toBe('Ilse Marwood-Achebe');
  });

  it('... but not when the story named another woman: then it is left for review', () => {
    const res = analyzeParagraphs(obituary(' Her longtime colleague, Dr. Greta Olufemi-Lang, was with her.'));
    expect(speakerOf(res, 'I was only the one')).toBeNull();
  });
});

describe('round 28: "said its caseworker, Name"; a quote after "she smiled."', () => {
  it('"“…,” said its caseworker, Ilona Petrakis-Reid." is Petrakis-Reid', () => {
    const res = analyzeParagraphs([
      'A tenant who challenged a rent rise won her case at the tribunal on Tuesday.',
      'Fairhome Advice, the charity that represented her, said the ruling would help others. "Half the increases we see are unlawful," said its caseworker, Ilona Petrakis-Reid.',
    ]);
    expect(speakerOf(res, 'Half the increases')).toBe('Ilona Petrakis-Reid');
  });

  it('"Osei-Lund said ... Asked about staffing, she smiled. “…”" is Osei-Lund for sure', () => {
    const res = analyzeParagraphs([
      '"Every hospital in the region will have a scanner by June," said the health secretary, Marguerite Osei-Lund.',
      'Consultant radiologist Tobias Frenner was doubtful. "I will believe it when I see the invoices," he said.',
      'Osei-Lund said the money was already set aside. Asked about staffing, she smiled. "One hospital at a time."',
    ]);
    expect(speakerOf(res, 'One hospital at a time')).toBe('Marguerite Osei-Lund');
  });
});

describe('round 28: what her coach called it, and that coach named later', () => {
  it('"a time her coach described as “…”. / That coach, the former Belgian sprinter Jules Vandermolen, said ..." is Vandermolen', () => {
    const res = analyzeParagraphs([
      'Tamsin Oyelowo-Grant won the 400m in 50.12 seconds on Saturday, a time her coach described as “the reward for a brutal winter”.',
      '“I nearly stopped in March,” she said.',
      'That coach, the former Belgian sprinter Jules Vandermolen, said the time was “no surprise to anyone who saw her train”.',
    ]);
    expect(speakerOf(res, 'the reward for a brutal winter')).toBe('Jules Vandermolen');
    expect(speakerOf(res, 'I nearly stopped')).toBe('Tamsin Oyelowo-Grant');
  });

  it('"Oyelowo-Grant won, a time the coach described as “…”" is never the runner named in that sentence for sure', () => {
    const res = analyzeParagraphs(['Tamsin Oyelowo-Grant won the 400m in 50.12 seconds on Saturday, a time the coach described as “the reward for a brutal winter”.']);
    expect(speakerOf(res, 'the reward for a brutal winter')).toBeNull();
  });
});

describe('round 28: a name of three, surname first, after a title\'s department', () => {
  it('"Minister of State for Transport Goh Mei Lin said" is Goh Mei Lin, not "Mei Lin" with "Transport Goh" for a department', () => {
    const res = analyzeParagraphs([
      'Operator MetroLink said in a post that services on the Harbour Line had resumed.',
      'Minister of State for Transport Goh Mei Lin said she had asked the regulator to investigate "the cause of the fault and MetroLink\'s response".',
      '"Passengers are owed a full explanation," she added.',
    ]);
    expect(speakerOf(res, 'Passengers are owed')).toBe('Goh Mei Lin');
  });
});

describe('round 28: someone the story says has died', () => {
  it('"His friend Dermot Kiely, a fisherman who died in January, ... / “…,” he said." is never Kiely', () => {
    const res = analyzeParagraphs([
      'About 80 people gathered at the harbour on Sunday to unveil a plaque for the lifeboat crews lost at sea.',
      'Former coxswain Brendan Tully, 81, who served on the boats for 30 years, read the names of the crews. His friend Dermot Kiely, a fisherman who died in January, had raised most of the money.',
      '“He knocked on every door in the county,” he said. “I wish he could see it.”',
    ]);
    expect(speakerOf(res, 'He knocked on every door')).toBe('Brendan Tully');
    expect(quoteOf(res, 'He knocked on every door').suggestedSpeakerId ?? null).toBeNull();
  });
});

describe('round 29 (begun in the twenty-fifth session): a spokesman for a firm named after what it is to someone', () => {
  it('"A spokesman for the café’s landlord, Brindle Estates, said ... “…”" is the spokesman (unnamed), not Brindle Estates', () => {
    const res = analyzeParagraphs([
      'Two more cafés on the high street have closed this month.',
      'A spokesman for the café’s landlord, Brindle Estates, said the company was “in talks with two new tenants”.',
    ]);
    const q = quoteOf(res, 'in talks with two new tenants');
    expect(speakerOf(res, 'in talks with two new tenants')).toBe('Brindle Estates spokesman (unnamed)');
    expect(q.ambiguous).toBe(false);
  });

  it('"A spokeswoman for the company, Jane Okoro, said" is still Jane Okoro', () => {
    const res = analyzeParagraphs(['A spokeswoman for the company, Jane Okoro, said the cafés were “not viable”.']);
    expect(speakerOf(res, 'not viable')).toBe('Jane Okoro');
  });
});

describe('round 29: "the candidate" is the story\'s hopeful', () => {
  it('"mayoral hopeful Marguerite Oyelaran-Hess ... “…,” the candidate said." is Oyelaran-Hess for sure, not the woman who asked', () => {
    const res = analyzeParagraphs([
      'The questions at Tuesday night’s forum in a church hall were mostly about bus routes, and mayoral hopeful Marguerite Oyelaran-Hess had an answer for most of them.',
      'Then Beatrix Kowalczyk stood up. The 68-year-old retired nurse said her sister had waited nine hours for an ambulance. “Nine hours on a kitchen floor,” she said.',
      '“I’m so sorry about your sister,” the candidate said. “I will not pretend that can be fixed in a week.”',
    ]);
    expect(speakerOf(res, 'I’m so sorry about your sister')).toBe('Marguerite Oyelaran-Hess');
  });
});

describe('round 29: a subject reported speaking, past a place in its appositive; a list inside a long title', () => {
  it('"Oscar Lindqvist, a dairy farmer near Elmvale, said ... “…,” he said." is Lindqvist for sure, not the man quoted before', () => {
    const res = analyzeParagraphs([
      '“We had three applicants for 28 posts,” Gerald Fontaine, the transport manager for the Lakeshore school board, told reporters.',
      'Oscar Lindqvist, a dairy farmer near Elmvale, said he would drive his children himself until the route was back. “That is an hour of milking I lose,” he said.',
    ]);
    expect(speakerOf(res, 'That is an hour of milking')).toBe('Oscar Lindqvist');
  });

  it('"“…,” Temitope Okafor-Grant, the party’s shadow secretary of state for transport, housing, communities and local government and MP for ..., told the hall." is Okafor-Grant', () => {
    const res = analyzeParagraphs([
      'Delegates gave her a standing ovation.',
      '“For too long the planning system has said no,” Temitope Okafor-Grant, the party’s shadow secretary of state for transport, housing, communities and local government and MP for Harlow East and Epping, told the hall.',
      '“We will change that in a hundred days.”',
    ]);
    expect(speakerOf(res, 'For too long the planning system')).toBe('Temitope Okafor-Grant');
    expect(speakerOf(res, 'We will change that')).toBe('Temitope Okafor-Grant');
  });
});

describe('round 29: a profession guessed from its ending after a title\'s modifier', () => {
  it('"Senior hydrologist Pierre-Yves Lamontagne of the provincial water agency said ... “…,” he said." is Lamontagne for sure', () => {
    const res = analyzeParagraphs([
      '“If you can smell it, you are breathing it,” said Dr Anouk Delacroix-Mbeki, the regional director of public health.',
      'Senior hydrologist Pierre-Yves Lamontagne of the provincial water agency said the river would crest on Friday. “We are not at the peak yet,” he said.',
    ]);
    expect(speakerOf(res, 'We are not at the peak')).toBe('Pierre-Yves Lamontagne');
  });

  it('"The state newspaper Glas Naroda ... calling the book “…”" is the newspaper named, not "the state newspaper" with a title', () => {
    const res = analyzeParagraphs([
      'VARNA, Ostria (AFP) - The state newspaper Glas Naroda on Saturday published a front-page editorial denouncing a memoir by the exiled former prime minister, calling the book "a book of fairy tales written for foreign paymasters."',
      'Its author, Pavel Horak, who has lived in Vienna since 2019, told AFP by telephone that the editorial proved the book had "hit its target."',
    ]);
    expect(speakerOf(res, 'a book of fairy tales')).toBe('Glas Naroda');
  });
});

describe('round 29: a body named with "for" in capitals; "the union" the story never named', () => {
  it('"A Department for Transport spokesperson said: “…”" is that spokesperson, unnamed, not "Department"', () => {
    const res = analyzeParagraphs(['Rail unions will strike next week after talks broke down.', 'A Department for Transport spokesperson said: “The offer is fair and we urge the unions to return to talks.”']);
    expect(speakerOf(res, 'The offer is fair')).toBe('Department for Transport spokesperson (unnamed)');
  });

  it('"members of the ferry workers’ union walked off ... at the Port of Carrow Sound. “…,” the union said" is the union, not Carrow Sound', () => {
    const res = analyzeParagraphs([
      'CARROW SOUND — About 400 members of the ferry workers’ union walked off the job at the Port of Carrow Sound on Monday in a dispute over rosters.',
      '“Nobody wanted this, but we were given no choice,” the union said in a statement.',
    ]);
    expect(speakerOf(res, 'Nobody wanted this')).toBe('the union');
  });

  it('"the rating agency Meridian Ratings ... “…,” the agency said" is still Meridian Ratings', () => {
    const res = analyzeParagraphs([
      'The rating agency Meridian Ratings cut the country’s outlook to negative on Friday.',
      'A further cut was possible “if the budget fails to close the gap,” the agency said.',
    ]);
    expect(speakerOf(res, 'if the budget fails')).toBe('Meridian Ratings');
  });
});

describe('round 29: the opening\'s described official, named in the next paragraph by a matching description', () => {
  it('"The province’s wildfire prevention chief urged ... “…” / “…,” Maren Solberg-Acheson, the head of the provincial Wildfire Prevention Service, said" is Solberg-Acheson', () => {
    const res = analyzeParagraphs([
      'KAMLOOPS — The province’s wildfire prevention chief urged campers on Thursday to put out every fire “before you sleep, not after”, as three new blazes started overnight.',
      '“One ember is all it takes in this wind,” Maren Solberg-Acheson, the head of the provincial Wildfire Prevention Service, told reporters. “Please listen.”',
    ]);
    expect(speakerOf(res, 'before you sleep')).toBe('Maren Solberg-Acheson');
  });
});

describe('round 29: the subject of the reported clause after "and said"', () => {
  it('"The state flood agency warned ... and said residents of riverside streets should “…”" is never the residents', () => {
    const res = analyzeParagraphs(['The state flood agency warned of a second crest and said residents of riverside streets should “stay away until the water has gone down.”']);
    expect(speakerOf(res, 'stay away until')).not.toBe('residents of riverside streets');
  });
});

describe('round 29: words in the question an opening "Asked by ..." puts', () => {
  it('"Asked by host Ffion Adeyemi whether the board was “walking away” from rural schools, Councillor Dev Mistry said: “…”" gives the first quote to the host', () => {
    const res = analyzeParagraphs(['Asked by host Ffion Adeyemi whether the board was “walking away” from rural schools, Councillor Dev Mistry said: “Not at all. We are moving the money to where the pupils are.”']);
    expect(speakerOf(res, 'walking away')).toBe('Ffion Adeyemi');
    expect(speakerOf(res, 'Not at all')).toBe('Dev Mistry');
  });
});

describe('round 29: the review\'s cases for the body word and the described official', () => {
  it('"The Nurses Guild called a strike. Talks between the union and managers broke down. / “…,” the union said." is the Nurses Guild', () => {
    const res = analyzeParagraphs(['The Nurses Guild called a strike on Monday. Talks between the union and managers broke down last week.', '“We will not back down,” the union said.']);
    expect(speakerOf(res, 'We will not back down')).toBe('Nurses Guild');
  });

  it('the opening\'s described chief is not a spokesman of the same office who speaks later', () => {
    const res = analyzeParagraphs([
      'Florida’s emergency management chief urged residents of the Keys to leave “today, not tomorrow.”',
      'Tom Reyes, a spokesman for the county emergency management office, did not return calls on Monday.',
      '“We are ready,” Reyes said later.',
    ]);
    expect(speakerOf(res, 'today, not tomorrow')).not.toBe('Tom Reyes');
  });
});

describe('round 29: "said the 54-year-old" when the story has named one person', () => {
  it('"Harlow has appointed the painter Odile Brackenridge as its first town artist. / “…,” said the 54-year-old." is Brackenridge for sure, not Harlow', () => {
    const res = analyzeParagraphs([
      'Harlow has appointed the painter Odile Brackenridge as its first town artist, a two-year post that comes with a studio above the market hall.',
      '“I want to paint the bus queues, not the cathedral,” said the 54-year-old, who has exhibited in the town for twenty years. “The cathedral has had enough paintings.”',
    ]);
    expect(speakerOf(res, 'I want to paint the bus queues')).toBe('Odile Brackenridge');
  });

  it('... but not when the sentence before has someone else of two names as its subject, whatever the lexicon made of them', () => {
    const res = analyzeParagraphs([
      'Its author, Dr Femi Adebanjo-Clarke, said the figures were the worst in a decade.',
      'Jordan Millbrook left college in Hartlepool two years ago and has applied for more than 200 jobs.',
      '“You get an automated email, or you get nothing,” said the 22-year-old.',
    ]);
    expect(speakerOf(res, 'You get an automated email')).not.toBe('Femi Adebanjo-Clarke');
  });
});

describe('round 29: quotes inside the turns of a Q and A', () => {
  const interview = (q: string, a: string) => [
    'Ingrid Vallström has run the harbour pilots’ service at Lysekil for eleven years. She talked to the Coast Bulletin about storms, pay and the pilot who taught her.',
    q,
    a,
  ];

  it('"Q: You’ve said the service is “running on goodwill”. For how long?" quotes the one answering, not someone called "You’ve"', () => {
    const res = analyzeParagraphs(interview('Q: You’ve said the service is “running on goodwill”. For how long?', 'A: Another winter, perhaps. Tired pilots make mistakes.'));
    expect(res.cast.map((c) => c.name)).not.toContain('You’ve');
    expect(speakerOf(res, 'running on goodwill')).toBe('Ingrid Vallström');
  });

  it('"A: ... I told the board, “…”" is the one answering, for sure', () => {
    const res = analyzeParagraphs(interview('Q: Did anyone listen?', 'A: Not at first. I told the board, “You will lose a ship before you lose a budget line.” They listen now.'));
    const q = quoteOf(res, 'You will lose a ship');
    expect(q.ambiguous).toBe(false);
    expect(nameOf(res, q.speakerId)).toBe('Ingrid Vallström');
  });

  it('"A: ... a deckhand shouted, “…”": a quote in the answer with no cue of its own is for review, not the answerer for sure', () => {
    const res = analyzeParagraphs(interview('Q: What was the worst night?', 'A: January 2019. The swell was nine metres and someone on deck screamed, “Let go, let go!” We did not let go.'));
    const q = quoteOf(res, 'Let go, let go');
    expect(q.speakerId === null || q.ambiguous).toBe(true);
  });

  it('"A: ... “…,” says Tor Brekke, the union’s rep. “…”": a second quote in the answer goes on as Brekke\'s, not the answerer\'s', () => {
    const res = analyzeParagraphs([
      'Pilot fees are rising again. Here is what shipowners need to know.',
      'Q: How much more will a call cost?',
      'A: About 8 per cent. “The fee has not kept up with fuel for a decade,” says Tor Brekke, the pilots’ union representative. “This only catches up.”',
    ]);
    expect(speakerOf(res, 'This only catches up')).toBe('Tor Brekke');
  });

  it('"My old skipper once told me, “…”" is the skipper (unnamed), not the one answering', () => {
    const res = analyzeParagraphs(interview('Q: Who taught you?', 'A: My old skipper once told me, “The harbour is never the same harbour twice.” I still think about that.'));
    const q = quoteOf(res, 'The harbour is never');
    expect(nameOf(res, q.speakerId)).not.toBe('Ingrid Vallström');
    expect(nameOf(res, q.speakerId)).toMatch(/skipper/);
  });
});

describe('round 29: the interviewer the story names', () => {
  it('"She spoke to Tomasz Wierzbicki, our Baltic correspondent, ..." then quoted Q and A turns: the questions are his, the answers hers', () => {
    const res = analyzeParagraphs([
      'Marit Solbakken, 41, has led the ferry workers’ union through three strikes. She spoke to Tomasz Wierzbicki, our Baltic correspondent, on the quay at Tromsø.',
      'Q: “What would end the strike?”',
      'A: “A timetable that lets a deckhand see her children twice a week.”',
      'Q: “The company says that would cost forty sailings a month.”',
      'A: “Then the company should count what the strikes cost.”',
    ]);
    expect(speakerOf(res, 'What would end the strike')).toBe('Tomasz Wierzbicki');
    expect(speakerOf(res, 'The company says that')).toBe('Tomasz Wierzbicki');
    expect(res.cast.map((c) => c.name)).not.toContain('Q');
    expect(speakerOf(res, 'A timetable that lets')).toBe('Marit Solbakken');
    expect(speakerOf(res, 'Then the company should')).toBe('Marit Solbakken');
  });

  it('"He spoke to Harbour Weekly about ..." names a paper, not the one asking', () => {
    const res = analyzeParagraphs([
      'Captain Joakim Lund has piloted ships into Narvik for thirty years. He spoke to Harbour Weekly about the new rules.',
      'Q: “Are the new rules safer?”',
      'A: “Safer on paper. Slower on the water.”',
    ]);
    expect(speakerOf(res, 'Are the new rules safer')).not.toBe('Harbour Weekly');
    expect(speakerOf(res, 'Safer on paper')).toBe('Joakim Lund');
  });
});

describe('round 32: the interviewer described before the name', () => {
  it('"She spoke to our science correspondent, Dagny Rosvold." then quoted Q and A turns: the questions are hers, the answers the director\'s', () => {
    const res = analyzeParagraphs([
      'Professor Henrik Aalvik has run the Arctic Ice Observatory since 2019, and this month its satellite budget was halved. He spoke to our science correspondent, Dagny Rosvold.',
      'Q: “What goes first?”',
      'A: “The winter flights. Without them we are guessing at the thickness of the ice.”',
      'Q: “Can private money fill the gap?”',
      'A: “For a year, perhaps. Not for the decade this needs.”',
    ]);
    expect(speakerOf(res, 'What goes first')).toBe('Dagny Rosvold');
    expect(speakerOf(res, 'Can private money')).toBe('Dagny Rosvold');
    expect(speakerOf(res, 'The winter flights')).toBe('Henrik Aalvik');
    expect(speakerOf(res, 'For a year, perhaps')).toBe('Henrik Aalvik');
  });

  it('"an interview with ..., conducted in Lisbon on Friday by the Tribune\'s Europe editor, Rafael Quintela" names the one asking', () => {
    const res = analyzeParagraphs([
      'What follows is an edited transcript of an interview with Ilse Marquardt, the trade commissioner, conducted in Lisbon on Friday by the Tribune’s Europe editor, Rafael Quintela.',
      'Q: “Is the tariff deal dead?”',
      'A: “Sleeping. Deals like this wake up when the harvest is in.”',
    ]);
    expect(speakerOf(res, 'Is the tariff deal dead')).toBe('Rafael Quintela');
    expect(speakerOf(res, 'Sleeping. Deals like')).toBe('Ilse Marquardt');
  });

  it('"He spoke to reporters outside the court with his solicitor, Maeve Tully." is no interviewer: a solicitor is no journalist', () => {
    const res = analyzeParagraphs([
      'Dermot Keane, 58, was cleared on Monday. He spoke to reporters outside the court with his solicitor, Maeve Tully.',
      'Q: “How do you feel?”',
      'A: “Tired. Glad it is over.”',
    ]);
    expect(speakerOf(res, 'How do you feel')).not.toBe('Maeve Tully');
  });
});

describe('round 32: the answers of a Q and A are whom the named interviewer spoke to', () => {
  it('"Siew-Lan Ashworth took over ... She spoke to Rhys Kavanagh, the Gazette\'s health correspondent, ..." then "A: “…”" is Siew-Lan Ashworth\'s, for sure', () => {
    const res = analyzeParagraphs([
      'Siew-Lan Ashworth took over as chief executive of the county hospitals trust in March. She spoke to Rhys Kavanagh, the Gazette’s health correspondent, about waiting lists and the new wing.',
      'Q: “Will the new wing open on time?”',
      'A: “It will open in October, as planned. The staffing is the harder part.”',
      'Q: “How many nurses are you short?”',
      'A: “About ninety. We are recruiting in three countries.”',
    ]);
    expect(speakerOf(res, 'Will the new wing')).toBe('Rhys Kavanagh');
    expect(speakerOf(res, 'It will open in October')).toBe('Siew-Lan Ashworth');
    expect(speakerOf(res, 'About ninety')).toBe('Siew-Lan Ashworth');
  });

  it('"Oyelaran Bakare-Voss founded Tideline in 2020. Last month it raised $30m. She spoke to Fintech Weekly reporter Anneke Sturm ..." then the answers are Bakare-Voss\'s', () => {
    const res = analyzeParagraphs([
      'Oyelaran Bakare-Voss founded Tideline, a shipping-insurance start-up in Rotterdam, in 2020. Last month it raised $30m. She spoke to Fintech Weekly reporter Anneke Sturm about the round.',
      'Q: “Why Rotterdam?”',
      'A: “Because the ships are here, and so are the people who insure them.”',
    ]);
    expect(speakerOf(res, 'Why Rotterdam')).toBe('Anneke Sturm');
    expect(speakerOf(res, 'Because the ships are here')).toBe('Oyelaran Bakare-Voss');
  });
});

describe('round 32: a document named by whoever issued it', () => {
  it('"“…,” the coroner’s report says." and "The inspectors’ annual report said ... “…”" are the documents\' words', () => {
    const res = analyzeParagraphs([
      'A care home in Brackley failed to call an ambulance for six hours after a resident fell, an inquest heard.',
      '“Staff did not recognise the signs of a head injury,” the coroner’s report says. “Training had lapsed.”',
      'The inspectors’ annual report, published in May, said the home was “not yet safe”.',
      'The home’s owner, Haldane Care, said it had “learned hard lessons”.',
    ]);
    expect(speakerOf(res, 'Staff did not recognise')).toBe('the coroner’s report');
    expect(speakerOf(res, 'Training had lapsed')).toBe('the coroner’s report');
    expect(speakerOf(res, 'not yet safe')).toBe('the inspectors’ annual report');
    expect(speakerOf(res, 'learned hard lessons')).toBe('Haldane Care');
  });

  it('"the chairman’s letter said" stays the chairman\'s words, not a document\'s', () => {
    const res = analyzeParagraphs([
      'Dorran Mills chairman Elias Brandvold wrote to shareholders on Friday.',
      '“We will not sell the mill,” the chairman’s letter said.',
    ]);
    expect(speakerOf(res, 'We will not sell')).not.toBe('the chairman’s letter');
  });
});

describe('round 32: the coastguard and the tribunal as bodies', () => {
  it('"the coastguard said in a statement that ... and that “…”" and "the tribunal found ... “…”" are theirs', () => {
    const res = analyzeParagraphs([
      'ATHENS — Nine people are missing after a fishing boat sank off Kythira, the Greek coastguard said.',
      'The coastguard said in a statement that two of its patrol boats had searched through the night and that “conditions were at the limit of what our crews can work in”.',
      'In a separate case, an employment tribunal found that the ferry operator had dismissed a deckhand unfairly. The tribunal called his treatment “wholly unacceptable”.',
    ]);
    expect(speakerOf(res, 'conditions were at the limit')).toBe('the coastguard');
    expect(speakerOf(res, 'wholly unacceptable')).toBe('the tribunal');
  });
});

describe('round 32: someone who addressed a crowd, then a paragraph of quotes only', () => {
  it('"Shop steward Dervla Quinlan-Moss, a former ward clerk, addressed the rally from a flatbed truck. / “…”" is hers, for sure', () => {
    const res = analyzeParagraphs([
      'Hundreds of hospital porters and cleaners marched through Limerick on Saturday over pay.',
      'Shop steward Dervla Quinlan-Moss, a former ward clerk, addressed the rally from a flatbed truck.',
      '“We keep these wards running at three in the morning. Nobody claps for us at three in the morning.',
      '“We are asking for what was promised in 2022, not a penny more.”',
    ]);
    // (one quote over two paragraphs)
    expect(speakerOf(res, 'We keep these wards')).toBe('Dervla Quinlan-Moss');
  });
});

describe('round 32: the place where a crowd stands is not the crowd', () => {
  it('"Strikers outside a major Leeds hospital chanted “…”" is the strikers\', not the hospital\'s', () => {
    const res = analyzeParagraphs([
      'Junior doctors walked out for 48 hours on Tuesday.',
      'Strikers outside a major Leeds hospital chanted “Fair pay for safe care” as buses hooted in support.',
    ]);
    expect(speakerOf(res, 'Fair pay for safe care')).toMatch(/^Strikers/);
  });

  it('"Supporters outside the Ravenscroft Stadium sang “…”" is the supporters\'', () => {
    const res = analyzeParagraphs(['Supporters outside the Ravenscroft Stadium sang “We are staying up” long after the final whistle.']);
    expect(speakerOf(res, 'We are staying up')).toMatch(/^Supporters/);
  });
});

describe('round 32: a document seen by a paper speaks, not the paper', () => {
  it('"A memo seen by the Courier says ... “…”" and "A draft report obtained by Reuters says ... “…”" are the documents\'', () => {
    const res = analyzeParagraphs([
      'A memo seen by the Courier says the trust has “no realistic plan” to clear its backlog.',
      'A draft report obtained by Reuters says the port’s cranes are “beyond economic repair”.',
    ]);
    expect(speakerOf(res, 'no realistic plan')).toMatch(/memo/);
    expect(speakerOf(res, 'beyond economic repair')).toMatch(/report/);
  });
});

describe('round 32, reviewed: what the interview, bracket and "addressed" rules must not read', () => {
  it('the answers are nobody\'s for sure when the one who spoke to the interviewer is not named: "The family of Sam Odu", "Her best friend", "A spokesman for Dana Wolfe", "Her coach"', () => {
    const cases = [
      ['The family of Ade Okoro spoke to our North of England correspondent, Bethan Rowley.', 'Ade Okoro'],
      ['Nina Clarke vanished in 2019. Her best friend, who asked not to be named, spoke to our crime reporter, Ed Vance.', 'Nina Clarke'],
      ['A spokesman for Dana Wolfe spoke to our political correspondent, Imran Shah.', 'Dana Wolfe'],
      ['Greta Lind retired in May. Her coach spoke to our sports writer, Owen Pryce.', 'Greta Lind'],
    ];
    for (const [intro, notHer] of cases) {
      const res = analyzeParagraphs([intro!, 'Q: “What happens now?”', 'A: “We wait.”']);
      expect(quoteOf(res, 'We wait').speakerId && res.cast.find((c) => c.id === quoteOf(res, 'We wait').speakerId)?.name).not.toBe(notHer);
    }
  });

  it('nor when the story then turns to someone else ("Today we put questions to her deputy.", "The interview below is with the gallery\'s director.")', () => {
    for (const intro of [
      'Lucia Ferraro chairs the inquiry. She spoke last week to our home affairs editor, Dominic Hale. Today we put questions to her deputy.',
      'Photographer Lars Engvik spoke to our reporter, Amy Colbert, about the shoot. The interview below is with the gallery’s director.',
    ]) {
      const res = analyzeParagraphs([intro, 'Q: “Why now?”', 'A: “Because the city needs it.”']);
      expect(quoteOf(res, 'Because the city').speakerId).toBeNull();
    }
  });

  it('a critic named after "savaged by" in a sentence about an interview is not the interviewer; "her film editor" is no journalist of the paper', () => {
    const critic = analyzeParagraphs(['In an interview, Carla Benn said her novel had been savaged by the Herald critic, Alan Brookfield.', 'Q: “Did that hurt?”', 'A: “For a week.”']);
    expect(speakerOf(critic, 'Did that hurt')).not.toBe('Alan Brookfield');
    const editor = analyzeParagraphs(['The director spoke to her film editor, Marcus Lindqvist, every day during the shoot. We asked her about it.', 'Q: “Was that hard?”', 'A: “Every day.”']);
    expect(speakerOf(editor, 'Was that hard')).not.toBe('Marcus Lindqvist');
  });

  it('a dateline\'s agency or an editor\'s label in brackets is no transcript turn: "WASHINGTON (AP): “…,” a White House official said."', () => {
    expect(speakerOf(analyzeText('BREAKING (UPDATED): “The bridge is closed,” the council said.'), 'The bridge is closed')).toBe('the council');
    expect(String(speakerOf(analyzeText('WASHINGTON (AP): “We are reviewing the decision,” a White House official said.'), 'We are reviewing'))).not.toMatch(/washington/i);
  });

  it('"addressed the issue", "addressed parents\' worries in a letter", "addressed reporters, reading a statement on behalf of the family" do not make the next paragraph\'s words theirs for sure', () => {
    for (const intro of [
      'Council leader Brian Sowerby addressed the issue on Tuesday.',
      'Head teacher Paula Grieve addressed parents’ worries in a letter.',
      'Detective Inspector Ray Cole addressed reporters outside the court, reading a statement on behalf of the family.',
    ]) {
      const res = analyzeParagraphs([intro, '“Nobody told us anything until it was too late.”']);
      expect(quoteOf(res, 'Nobody told us').speakerId).toBeNull();
    }
  });
});

describe('round 32: "the ministry said" after an agency named in one word', () => {
  it('"Rastovia’s state news agency, RNA, carried a statement in which the interior ministry denied ... / “…,” the ministry said" is the ministry\'s, not the agency\'s', () => {
    const res = analyzeParagraphs([
      'Rastovia’s state news agency, RNA, carried a statement on Monday in which the interior ministry denied the reports.',
      '“There were no arrests,” the ministry said, according to a translation published by the agency.',
    ]);
    expect(speakerOf(res, 'There were no arrests')).not.toBe('RNA');
  });
});

describe('round 32: a firm\'s board is not the firm', () => {
  it('"Tallis Shipping ... the board said ... “…”" is the board\'s; "the Harbour Pilotage Board ... the board said" that board\'s', () => {
    const firm = analyzeParagraphs([
      'The chief executive of Tallis Shipping, Martin Oyelowo, resigned on Friday.',
      'In a statement, the board said his conduct had been “below the standard we expect”.',
    ]);
    expect(speakerOf(firm, 'below the standard')).not.toBe('Tallis Shipping');
    const named = analyzeParagraphs([
      'The Harbour Pilotage Board suspended two pilots on Friday.',
      'In a statement, the board said the pilots had shown “a serious lapse of judgment”.',
    ]);
    expect(speakerOf(named, 'a serious lapse')).toBe('Harbour Pilotage Board');
  });
});

describe('round 32: "It says" opening the paragraph after a document was quoted', () => {
  it('"The lawsuit ... says the utility “…” that PCB levels were rising. / It says internal emails show managers decided to “…”" is the lawsuit\'s', () => {
    const res = analyzeParagraphs([
      'The lawsuit, filed in Ohio on Monday, says the utility "ignored repeated warnings" that PCB levels in the river were rising.',
      'It says internal emails show managers discussed the readings in 2011 and decided to "watch and wait."',
    ]);
    expect(speakerOf(res, 'watch and wait')).toBe('the lawsuit');
  });
});

describe('round 32: the name an unnamed source gave', () => {
  it('"said a nurse at the camp who gave only his first name, Tomás." and "said a driver identified only as Vusi." are theirs', () => {
    const res = analyzeParagraphs([
      '“We have not had clean water for nine days,” said a nurse at the camp who gave only his first name, Tomás. “The children are sick.”',
      '“Nobody is coming,” said a taxi driver identified only as Vusi.',
    ]);
    expect(speakerOf(res, 'We have not had clean water')).toBe('Tomás');
    expect(speakerOf(res, 'The children are sick')).toBe('Tomás');
    expect(speakerOf(res, 'Nobody is coming')).toBe('Vusi');
  });
});

describe('round 32, reviewed again: what the later rules must not read', () => {
  it('"It said in a statement ...", "It said it had ...", "It says it has always been ..." after a document was quoted are the body answering it', () => {
    const a = analyzeParagraphs(['The complaint says Tarvo Energy “ignored repeated warnings” about the pipeline.', 'It said in a statement that the claims were “without merit”.']);
    expect(speakerOf(a, 'without merit')).not.toBe('the complaint');
    const b = analyzeParagraphs(['The court filing says Merrow Foods “misled investors” about its debts.', 'It says it has always been “fully transparent” with shareholders.']);
    expect(speakerOf(b, 'fully transparent')).not.toBe('the court filing');
  });

  it('a name given for someone the description brings in is not the speaker\'s: "a relative of a victim identified only as Farah", "a woman whose son, identified only as Malik, ..."', () => {
    for (const [text, name] of [
      ['“We want justice,” said a relative of a victim identified only as Farah.', 'Farah'],
      ['“I begged them to stop,” said the mother of a prisoner identified only as Tariq.', 'Tariq'],
      ['“He never came home,” said a woman whose son, identified only as Malik, was detained in March.', 'Malik'],
    ] as const) {
      expect(speakerOf(analyzeText(text), text.slice(1, 12))).not.toBe(name);
    }
  });

  it('"the agency", "the ministry", "the union" alone after an organisation named in one word are that one ("NASA ... Engineers at the agency ... the agency said")', () => {
    const nasa = analyzeParagraphs(['NASA delayed the launch by a week. Engineers at the agency found a fuel leak.', '“Safety comes first,” the agency said.']);
    expect(speakerOf(nasa, 'Safety comes first')).toBe('NASA');
    const gmb = analyzeParagraphs(['GMB said the pay deal was “a step forward”. The union has 500,000 members.', '“We will keep fighting,” the union said.']);
    expect(String(speakerOf(gmb, 'We will keep fighting'))).not.toBe('the union');
  });

  it('an acronym may stand for a board: "The NTSB said ... “…,” the board said." is the NTSB', () => {
    const res = analyzeParagraphs(['The NTSB said the pilot had “ignored warnings”. “This crash was preventable,” the board said.']);
    expect(speakerOf(res, 'This crash was preventable')).toBe('NTSB');
  });

  it('"A letter sent to staff by chief executive Maria Olsen says “…”" is hers: a letter is its writer\'s words', () => {
    const res = analyzeParagraphs(['A letter sent to staff by chief executive Maria Olsen says the company faces “a very difficult year”.']);
    expect(speakerOf(res, 'a very difficult year')).toBe('Maria Olsen');
  });
});

describe('round 32: a name in brackets in a transcript\'s label', () => {
  it('"CALLER (MAUREEN): “…”" is Maureen\'s turn, "HOST (OWEN PRYDDERCH): “…”" Owen Prydderch\'s', () => {
    const res = analyzeParagraphs([
      'On Thursday’s Morning Line, listeners put their questions on the new parking charges to the council’s transport chief, Idris Fenwick.',
      'HOST (OWEN PRYDDERCH): “Our first caller is Maureen in Penrhos. Morning, Maureen.”',
      'CALLER (MAUREEN): “Morning. I pay to park outside my own surgery now. How is that fair?”',
      'FENWICK: “I understand, Maureen. Patients with appointments will get the first hour free from April.”',
      'CALLER (MAUREEN): “And the staff?”',
    ]);
    expect(speakerOf(res, 'Our first caller is Maureen')).toBe('Owen Prydderch');
    expect(speakerOf(res, 'Morning. I pay to park')).toBe('Maureen');
    expect(speakerOf(res, 'And the staff')).toBe('Maureen');
    expect(speakerOf(res, 'I understand, Maureen')).toBe('Idris Fenwick');
    expect(res.cast.map((c) => c.name)).not.toContain('CALLER');
  });

  it('"ELSPETH MARROW (FINANCE DIRECTOR): “…”" is Elspeth Marrow\'s turn: the role in brackets is no part of her name', () => {
    const res = analyzeParagraphs([
      'Edited transcript of the results call, Harwick Foods, 3 March.',
      'ANALYST (TOMASZ KRAL): “Can you say more about the margin in the bakery arm?”',
      'ELSPETH MARROW (FINANCE DIRECTOR): “Flour costs came down in the second half, and we kept the price rises.”',
    ]);
    expect(speakerOf(res, 'Can you say more')).toBe('Tomasz Kral');
    expect(speakerOf(res, 'Flour costs came down')).toBe('Elspeth Marrow');
  });
});

describe('round 32: a role for a market or region between an owner and the name', () => {
  it('"“…,” said its UK general manager, Sophie Ashdown-Reyes." is hers, not the UK\'s', () => {
    const res = analyzeParagraphs([
      'Freshcart said it would appeal the ruling. “Our riders tell us they want to choose their hours,” said its Irish operations director, Ciarán Mulvey-Hart. “This decision takes that away.”',
      'A rival, Zipdrop, said nothing. “We will study the judgment,” said its UK general manager, Harriet Okafor.',
    ]);
    expect(speakerOf(res, 'Our riders tell us')).toBe('Ciarán Mulvey-Hart');
    expect(speakerOf(res, 'This decision takes')).toBe('Ciarán Mulvey-Hart');
    expect(speakerOf(res, 'We will study')).toBe('Harriet Okafor');
    expect(res.cast.map((c) => c.name)).not.toContain('UK');
  });
});

describe('round 29: "his" after the one a sentence is about, and a surname only its ending made common', () => {
  it('"In the rain at Pontardawe, Emrys Quennell knocks on his fortieth door. / “No thanks, love,” says the woman behind it." then "he says" is Quennell', () => {
    const res = analyzeParagraphs([
      'In the rain at Pontardawe, Emrys Quennell knocks on his fortieth door of the morning. It opens a crack.',
      '“No thanks, love,” says the woman behind it, and it shuts.',
      'Quennell, 31, is standing for the county council in May. “A shut door beats a loose dog,” he says, zipping up his coat.',
    ]);
    expect(speakerOf(res, 'A shut door beats')).toBe('Emrys Quennell');
  });

  it('"Morgan Pryce-Tallis said his plan was “…”. She added: “…”" does not make Pryce-Tallis a man', () => {
    const res = analyzeParagraphs([
      'The council leader, Huw Bevan-Jones, set out a plan for the old docks on Tuesday.',
      'Opposition leader Morgan Pryce-Tallis said his plan was “welcome but years late”. She added: “The docks have waited ten years for this. Where has the money been?”',
    ]);
    expect(speakerOf(res, 'The docks have waited')).toBe('Morgan Pryce-Tallis');
  });

  it('"Quennelly takes that as a win. “…,” he says." is Quennelly, whom the story named, not the man who spoke before', () => {
    const res = analyzeParagraphs([
      'Ieuan Quennelly, 29, is canvassing in Treharris for the by-election.',
      'Retired miner Glyn Harries, 78, is more forthcoming. “I have voted the same way all my life,” he says. “But nobody has asked me in twenty years.”',
      'Quennelly takes that as a win. “If he tells two neighbours, that is two more doors that open,” he says.',
    ]);
    expect(speakerOf(res, 'If he tells two neighbours')).toBe('Ieuan Quennelly');
  });
});

describe('round 29: the body a role is of, and a chamber of trade', () => {
  it('"Tobias Okonjo-Bell, chief executive of the watchdog, Fair Fares Now, said ... / “…,” he said." is Okonjo-Bell for sure (the watchdog\'s name is no rival)', () => {
    const res = analyzeParagraphs([
      'Train tickets will cost 5% more from March, the fares watchdog has said.',
      'Tobias Okonjo-Bell, chief executive of the watchdog, Fair Fares Now, said the rise was the smallest in four years.',
      '“Nobody will welcome this,” he said. “But it could have been far worse.”',
    ]);
    const q = quoteOf(res, 'Nobody will welcome this');
    expect(q.ambiguous).toBe(false);
    expect(nameOf(res, q.speakerId)).toBe('Tobias Okonjo-Bell');
  });

  it('"The Lothian Chamber of Commerce says in its survey that “…” / Ewan Tulloch runs a bakery in Leith. “…,” he said." is Tulloch, not the chamber', () => {
    const res = analyzeParagraphs([
      'The Lothian Chamber of Commerce, which polled 420 firms, says in its survey that “rising rents are closing more shops than online rivals”.',
      'Ewan Tulloch runs a bakery in Leith. “My rent has doubled in three years,” he said.',
    ]);
    expect(speakerOf(res, 'rising rents are closing')).toBe('Lothian Chamber of Commerce');
    expect(speakerOf(res, 'My rent has doubled')).toBe('Ewan Tulloch');
  });
});

describe('round 29: a quote-only paragraph after one whose subject spoke of someone set off later', () => {
  it('"Okafor-Reyes said she had phoned the winner, Councillor Piet Vermaak, to congratulate him. / “I told him ...”" is Okafor-Reyes\'s, for sure', () => {
    const res = analyzeParagraphs([
      'Mayoral candidate Ngozi Okafor-Reyes conceded early on Friday after a recount in the harbour ward.',
      'Addressing volunteers at a community hall in Blyth, Okafor-Reyes, 52, said she had phoned the winner, Councillor Piet Vermaak, to congratulate him.',
      '“I told him what I will tell you: he ran a fair race, and this town is in good hands.”',
    ]);
    const q = quoteOf(res, 'I told him what');
    expect(q.ambiguous).toBe(false);
    expect(nameOf(res, q.speakerId)).toBe('Ngozi Okafor-Reyes');
  });
});

describe('round 29: a person noun by its ending before a name the lexicon does not know', () => {
  it('"Principal violist Anouk Verbeelen-Sato, who ..., said the mood was “…”. / “…,” she said." is Verbeelen-Sato for sure, not the woman quoted before her', () => {
    const res = analyzeParagraphs([
      'Players of the Eastern Chamber Orchestra walked out before Sunday’s concert.',
      'Management disputed the union’s figures. “Our offer is the most we can afford,” said Harriet Penhaligon, the orchestra’s chief executive.',
      'Principal violist Anouk Verbeelen-Sato, who has played with the orchestra since 2009, said the mood among players was “tired, not angry.”',
      '“Nobody joins an orchestra to get rich,” she said. “But nobody should need a second job to pay the bus fare.”',
    ]);
    const q = quoteOf(res, 'Nobody joins an orchestra');
    expect(q.ambiguous).toBe(false);
    expect(nameOf(res, q.speakerId)).toBe('Anouk Verbeelen-Sato');
  });
});

describe('round 29: a member of a cast, and the gender a sure pronoun gives', () => {
  const panto = [
    'For 28 winters, Clive Ormerod has squeezed into a corset and a ginger wig to play the dame at the Millbrook Players’ pantomime.',
    'This year will be his last. ‘My knees have given notice,’ said the 70-year-old retired milkman.',
    'Fellow cast member Jean Hathersage, who has played the Fairy Godmother opposite him since 2006, said audiences would miss him more than they knew.',
    '‘Children who came to see Clive in the nineties now bring their own,’ she said.',
    'Mr Ormerod’s last show is on January 6. Asked what he would do with the wig, he laughed. ‘It’s going in a glass case,’ he said.',
  ];

  it('"Fellow cast member Jean Hathersage, who ..., said ... / ‘…,’ she said." is Hathersage for sure (a first name that is also a word)', () => {
    const res = analyzeParagraphs(panto);
    const q = quoteOf(res, 'Children who came to see Clive');
    expect(q.ambiguous).toBe(false);
    expect(nameOf(res, q.speakerId)).toBe('Jean Hathersage');
  });

  it('... and once "she said" is hers, the "he said" after it is the dame\'s for sure', () => {
    const res = analyzeParagraphs(panto);
    const q = quoteOf(res, 'It’s going in a glass case');
    expect(q.ambiguous).toBe(false);
    expect(nameOf(res, q.speakerId)).toBe('Clive Ormerod');
  });

  it('"The economist Teresa Brandão-Reis, of the institute in Recife, said turnout could decide it. “…,” she said." is hers for sure, with another "she" in reach', () => {
    const res = analyzeParagraphs([
      'Senator Maria Lacerda told a rally in Belo Horizonte that she was “not looking at numbers, only at faces”.',
      'According to Governor Paulo Vieira, the race will be decided in the north-east. “Whoever wins Bahia wins,” he said on the radio.',
      'The economist Teresa Brandão-Reis, of the Institute for Public Opinion in Recife, said turnout could decide it. “Young voters stayed home in the first round. If they do it again, that favours the governor,” she said.',
    ]);
    const q = quoteOf(res, 'Young voters stayed home');
    expect(q.ambiguous).toBe(false);
    expect(nameOf(res, q.speakerId)).toBe('Teresa Brandão-Reis');
  });
});

describe('round 29: "said the 56-year-old taxi driver" after a long clause about the one just named', () => {
  it('"Stavros Mavridis, who found his 84-year-old father dead in his third-floor flat in Patras on the third day of the heat, said ... / “…,” said the 58-year-old baker." is Mavridis for sure', () => {
    const res = analyzeParagraphs([
      'The heat of last July killed an estimated 900 people in the region, a study published on Monday found.',
      'Its lead author, Eleni Karamanou, told reporters that the figure was “a floor, not a ceiling.”',
      'Stavros Mavridis, who found his 84-year-old father dead in his third-floor flat in Patras on the third day of the heat, said the study confirmed what families knew.',
      '“He had a fan. That was all he had,” said the 58-year-old baker. “Nobody came to check on him.”',
    ]);
    const q = quoteOf(res, 'He had a fan');
    expect(q.ambiguous).toBe(false);
    expect(nameOf(res, q.speakerId)).toBe('Stavros Mavridis');
  });
});

describe('round 29: a coxswain is a person', () => {
  it('"Current coxswain Morag Leask said ... “…,” she said." is Leask for sure, not someone called "Current"', () => {
    const res = analyzeParagraphs([
      'Duncan Reid, 77, has retired from the Buckie lifeboat after 49 years. “I never thought of it as brave,” he said.',
      'Current coxswain Morag Leask said Reid had trained most of the crew. “He taught me to read the swell,” she said.',
    ]);
    expect(res.cast.map((c) => c.name)).not.toContain('Current');
    const q = quoteOf(res, 'He taught me to read');
    expect(q.ambiguous).toBe(false);
    expect(nameOf(res, q.speakerId)).toBe('Morag Leask');
  });
});

describe('round 29: "said the retired schoolteacher" for the one set off as that after an age', () => {
  it('"Halvard Moen, 74, a retired schoolteacher, was among those rescued. ... / “…,” said the retired schoolteacher." is Moen for sure', () => {
    const res = analyzeParagraphs([
      '“The river rose faster than anyone predicted,” said Kari Sandvik, the duty officer for the district police.',
      'Halvard Moen, 74, a retired schoolteacher, was among those rescued. He had refused to leave on Monday, he said, because the water “never came past the gate.”',
      '“This time it came through the kitchen,” said the retired schoolteacher. “I was wrong.”',
    ]);
    const q = quoteOf(res, 'This time it came through');
    expect(q.ambiguous).toBe(false);
    expect(nameOf(res, q.speakerId)).toBe('Halvard Moen');
  });
});

describe('round 29: someone only spoken of in what the subject said, and a show that is no one', () => {
  it('"His co-star, Desmond Achterberg-Lyle, ... said Quayle had taught him everything. / ‘…,’ he said." is the co-star for sure, not the dead actor', () => {
    const res = analyzeParagraphs([
      'Tributes have been paid to the actor Rupert Quayle, best known as the gruff ferryman in a long-running children’s series, who has died aged 86.',
      'His agent, Lionel Farquharson, said he had died peacefully in hospital on Thursday.',
      '‘Rupert was a proper actor’s actor,’ said Farquharson.',
      'His co-star of 12 years, Desmond Achterberg-Lyle, who played the harbour master, said Quayle had taught him everything he knew about timing.',
      '‘He would do nothing at all for three seconds, and the studio would be in stitches,’ he said.',
    ]);
    const q = quoteOf(res, 'He would do nothing at all');
    expect(q.ambiguous).toBe(false);
    expect(nameOf(res, q.speakerId)).toBe('Desmond Achterberg-Lyle');
  });

  it('"... in the Trevarrick Show ... / She declined to predict the result. “…,” she said." far from her name is the one woman the story named, not the show', () => {
    const res = analyzeParagraphs([
      'Winifred Trelease-Okoro has entered a quilt in the Trevarrick Show every August since 1965.',
      '“I was robbed in 1981,” said the 85-year-old. “Ask anybody.”',
      'The show’s secretary, Tomas Penrose, said he had heard about 1981 “at least once a year”.',
      '“She is the heart of this show,” he said. “She is also its most frequent complainant.”',
      'This year’s entry, stitched from her late husband’s shirts, hangs by the door of the Trevarrick Show marquee. She declined to predict the result. “The judges know what they are doing,” she said.',
    ]);
    expect(speakerOf(res, 'The judges know what')).toBe('Winifred Trelease-Okoro');
  });
});

describe('round 29: panels and juries speak as bodies', () => {
  it('"... whose set was described by the judging panel as “…”" is the judging panel\'s', () => {
    const res = analyzeParagraphs(['The best newcomer award went to the Cardiff stand-up Nia Okafor-Rees, 23, whose set about her family’s launderette was described by the judging panel as “warm, sharp and properly funny”.']);
    expect(speakerOf(res, 'warm, sharp and properly funny')).toBe('the judging panel');
  });

  it('"the Cycling Integrity Panel announced ... / “…,” the three-member panel wrote" is the Cycling Integrity Panel', () => {
    const res = analyzeParagraphs([
      'A former national road champion has been banned for four years for doping, the Cycling Integrity Panel announced on Monday.',
      '“The panel is comfortably satisfied that the violation was intentional,” the three-member panel wrote in its ruling.',
    ]);
    expect(speakerOf(res, 'The panel is comfortably satisfied')).toBe('Cycling Integrity Panel');
  });

  it('... but "the district council" is not the parish council when the district council was only named with a possessive', () => {
    const res = analyzeParagraphs([
      'An inspector has overturned Ashcombe District Council’s refusal of 90 homes outside Nether Wick.',
      'Nether Wick Parish Council chair Alan Reddaway said villagers felt “ignored at every level.”',
      'The district council said it was “considering the decision carefully”.',
    ]);
    expect(speakerOf(res, 'considering the decision carefully')).not.toBe('Nether Wick Parish Council');
  });
});

describe('round 29: "<Owner of two words>’s chief executive, <Name>, rejected that. “…,” he said."', () => {
  const story = (owner: string) => [
    'Discount grocer Thrift Cart is cutting prices on 300 staple lines from Monday.',
    '“This is a land grab,” said Adaeze Okwuosa-Brent, a retail analyst at Kestrel Research. “They are buying market share.”',
    `${owner} chief executive, Lukas Brandvold, rejected that. “We are giving money back to customers who need it,” he said.`,
  ];

  it('names the chief executive for sure after a two-word owner ("Thrift Cart’s")', () => {
    const q = quoteOf(analyzeParagraphs(story('Thrift Cart’s')), 'We are giving money back');
    expect(q.ambiguous).toBe(false);
    expect(nameOf(analyzeParagraphs(story('Thrift Cart’s')), q.speakerId)).toBe('Lukas Brandvold');
  });

  it('... and after "The company’s", with the analyst of no known gender quoted in the paragraph before', () => {
    const res = analyzeParagraphs(story('The company’s'));
    const q = quoteOf(res, 'We are giving money back');
    expect(q.ambiguous).toBe(false);
    expect(nameOf(res, q.speakerId)).toBe('Lukas Brandvold');
  });
});

describe('round 29: a close runner-up of no known gender from a paragraph before', () => {
  it('"Her co-star, Daniel Osei-Tutu, posted a photo ... “…,” he wrote." is Osei-Tutu for sure, though Halcyon Pictures spoke before', () => {
    const res = analyzeParagraphs([
      'LAGOS — Actor Funmilayo Adeyemi was taken to hospital on Tuesday after a stunt went wrong on the set of a thriller.',
      '“Funmilayo is resting comfortably. Filming has stopped while we review the incident,” Halcyon Pictures said in a statement.',
      'Her co-star, Daniel Osei-Tutu, posted a photo of the two of them on Instagram. “Toughest person I know. Get well soon,” he wrote.',
    ]);
    const q = quoteOf(res, 'Toughest person I know');
    expect(q.ambiguous).toBe(false);
    expect(nameOf(res, q.speakerId)).toBe('Daniel Osei-Tutu');
  });
});

describe('round 29: a name set off by an age and then a description, reported speaking', () => {
  it('"Caoimhe Ó Ceallaigh, 16, a pupil from Carrigtwohill who helped plan the walk, said ... “…,” she said." is hers for sure, over a street the march reached (Copper Row)', () => {
    const res = analyzeParagraphs([
      'Several hundred climate campaigners marched through Waterford on Saturday.',
      '“No more excuses!” the crowd chanted as the march reached Copper Row.',
      'Caoimhe Ó Ceallaigh, 16, a pupil from Carrigtwohill who helped plan the walk, said she had been campaigning since March. “We are not going anywhere. Whatever the council decides, we will be back,” she said.',
    ]);
    const q = quoteOf(res, 'We are not going anywhere');
    expect(q.ambiguous).toBe(false);
    expect(nameOf(res, q.speakerId)).toBe('Caoimhe Ó Ceallaigh');
  });
});

describe('round 29: "said the 22-year-old" after a name with a place\'s word in it', () => {
  it('"Jordan Hartigan left college in Thornaby ... / “…,” said the 19-year-old." is Hartigan for sure', () => {
    const res = analyzeParagraphs([
      'Almost one in eight people aged 16 to 24 is out of work, education or training, a report by the Larkfield Trust found.',
      'Its author, Dr Ngozi Abara-Whitley, said: “This is not laziness. It is anxiety and a jobs market that wants experience nobody will give you.”',
      'Jordan Hartigan left college in Thornaby two years ago and has applied for more than 150 jobs.',
      '“You get an automated email, or you get nothing,” said the 19-year-old.',
    ]);
    const q = quoteOf(res, 'You get an automated email');
    expect(q.ambiguous).toBe(false);
    expect(nameOf(res, q.speakerId)).toBe('Jordan Hartigan');
  });
});

describe('round 29: a question the writer puts about someone, then a paragraph of quotes', () => {
  it('"Does Okonkwo-Lind think the work is better? / “Different. Slower.”" is hers for sure, once she has spoken', () => {
    const res = analyzeParagraphs([
      'Chiamaka Okonkwo-Lind paints with her left hand now. A stroke in 2020 took most of the movement from her right.',
      '“I sat in front of a canvas every morning and cried,” she says. “Then I made breakfast.”',
      'Her new show at the Harbour Gallery is the first work she has made since. The gallery’s director, Moira Castellane, calls it “the bravest show we have hung”.',
      'Does Okonkwo-Lind think the work is better than before?',
      '“Different. Slower. Less clever, which is good.”',
    ]);
    const q = quoteOf(res, 'Different. Slower.');
    expect(q.ambiguous).toBe(false);
    expect(nameOf(res, q.speakerId)).toBe('Chiamaka Okonkwo-Lind');
  });
});

describe("round 29: the review's cases for this round's rules", () => {
  it('"The director of the charity, Olumide Bankole-Ajayi, said ... / “…,” he said." is the director, not the volunteer quoted before', () => {
    const res = analyzeParagraphs([
      'Volunteer Tom Reilly said he had worked every day this month.',
      'The director of the charity, Olumide Bankole-Ajayi, said demand had tripled.',
      '“We have never seen queues like this,” he said.',
    ]);
    expect(speakerOf(res, 'We have never seen queues')).toBe('Olumide Bankole-Ajayi');
  });

  it('"Tomasz Wierzbicki spoke to Marit Solbakken, the union’s leader" says nothing of who asks: the answers are never his for sure, the questions never hers', () => {
    const res = analyzeParagraphs([
      'Tomasz Wierzbicki spoke to Marit Solbakken, the union’s leader, on the quay.',
      'Q: “What would end the strike?”',
      'A: “A timetable that lets a deckhand see her children.”',
    ]);
    const q = quoteOf(res, 'What would end the strike');
    expect(q.ambiguous === false && nameOf(res, q.speakerId) === 'Marit Solbakken').toBe(false);
    const a = quoteOf(res, 'A timetable that lets');
    expect(a.ambiguous === false && nameOf(res, a.speakerId) === 'Tomasz Wierzbicki').toBe(false);
  });

  it('"A: I told the inquiry a deckhand shouted, “Let go!”" is not the one answering for sure', () => {
    const res = analyzeParagraphs([
      'Ingrid Vallström has run the pilots’ service at Lysekil for eleven years. She talked to the Coast Bulletin about storms.',
      'Q: What happened?',
      'A: I told the inquiry a deckhand shouted, “Let go!” We did not.',
    ]);
    const q = quoteOf(res, 'Let go');
    expect(q.ambiguous === false && nameOf(res, q.speakerId) === 'Ingrid Vallström').toBe(false);
  });

  it('"Gwyn Rees, 62, said his daughter had found the ewes dead. / “…,” said the 24-year-old vet." is not Rees for sure', () => {
    for (const who of ['Gwyn Rees, 62,', 'Gwyn Rees']) {
      const res = analyzeParagraphs([
        'Sheep were killed by dogs on a farm near Llandeilo overnight.',
        `${who} said his daughter had found the ewes dead in the top field at dawn.`,
        '“There was blood everywhere,” said the 24-year-old vet.',
      ]);
      const q = quoteOf(res, 'There was blood everywhere');
      expect(q.ambiguous === false && nameOf(res, q.speakerId) === 'Gwyn Rees', who).toBe(false);
    }
  });

  it('"an independent arbitration panel heard his case ... / “…,” the three-member panel wrote" is not the panel named before it', () => {
    const res = analyzeParagraphs([
      'The Athletics Integrity Panel banned sprinter Kofi Boateng for four years in March.',
      'Boateng appealed, and an independent arbitration panel heard his case in Lausanne in June.',
      '“The substance came from contaminated meat,” the three-member panel wrote in overturning the ban.',
    ]);
    expect(speakerOf(res, 'The substance came from')).not.toBe('Athletics Integrity Panel');
  });

  it('"Prosecutor Alan Hartigan said Peter Doyle-Marsh had lied to customers. / ‘I never took a penny ...,’ he said." is not the prosecutor for sure', () => {
    const res = analyzeParagraphs([
      'The trial of a Leeds builder accused of fraud entered its third week.',
      'Prosecutor Alan Hartigan said Peter Doyle-Marsh had lied to customers for years.',
      '‘I never took a penny I did not earn,’ he said in evidence on Thursday.',
    ]);
    const q = quoteOf(res, 'I never took a penny');
    expect(q.ambiguous === false && nameOf(res, q.speakerId) === 'Alan Hartigan').toBe(false);
  });

  it('"Mayor Bernard Quilty said his successor, Councillor Delia Rourke-Banda, would be sworn in. / “…”" is not Quilty for sure', () => {
    const res = analyzeParagraphs([
      'Mayor Bernard Quilty said his successor, Councillor Delia Rourke-Banda, would be sworn in on Monday.',
      '“I intend to listen first and talk second.”',
    ]);
    const q = quoteOf(res, 'I intend to listen first');
    expect(q.ambiguous === false && nameOf(res, q.speakerId) === 'Bernard Quilty').toBe(false);
  });

  it('"Since then, Kerry Doyle has run his herd alone, with help from her cousin. ... “…,” she said." is still Doyle', () => {
    const res = analyzeParagraphs([
      'Dairy farmer Brian Walsh died in a tractor accident in March.',
      'Since then, Kerry Doyle has run his herd of 90 cows alone, with help from her cousin.',
      'Milk prices have fallen by a fifth this year. “The cows do not care who is grieving,” she said.',
    ]);
    expect(speakerOf(res, 'The cows do not care')).toBe('Kerry Doyle');
  });

  it('"backed the nationalist Plaid Cymru" puts no person called Plaid Cymru in the cast', () => {
    const res = analyzeParagraphs(['Voters in Gwynedd backed the nationalist Plaid Cymru by a wide margin, ahead of Labour candidate Siân Gwenllian-Roberts.']);
    expect(res.cast.filter((c) => c.kind === 'person').map((c) => c.name)).not.toContain('Plaid Cymru');
  });
});

describe("round 29: a member of an alliance is no one's name", () => {
  it('"Nato member Hungary has yet to vote. “…,” he said." after the prime minister is the prime minister, never Hungary', () => {
    const res = analyzeParagraphs([
      'Swedish Prime Minister Ulf Kristersson-Berg said on Monday he remained hopeful about joining the alliance.',
      'Nato member Hungary has yet to hold its vote. “We have done everything that was asked of us,” he said.',
    ]);
    expect(speakerOf(res, 'We have done everything')).not.toBe('Hungary');
    expect(res.cast.filter((c) => c.kind === 'person').map((c) => c.name)).not.toContain('Hungary');
  });
});

describe('round 30: police ranks, letters after a name, and a dateline with a country and a date', () => {
  it('"the Commissioner of Police, CP Tunde Adeyemi-Bello, said ... / The CP said ..., adding: “…”" is the commissioner', () => {
    const res = analyzeParagraphs([
      'The Oduna State Police Command on Sunday paraded nine suspected robbers arrested along the Ikeja–Ota road.',
      'Parading the suspects in Ota, the Commissioner of Police, CP Tunde Adeyemi-Bello, said the gang had been trailed for weeks.',
      'The CP said the items recovered included three rifles, adding: “We will not rest until every member of this gang is in custody.”',
    ]);
    expect(speakerOf(res, 'We will not rest')).toBe('Tunde Adeyemi-Bello');
  });

  it('"But defence counsel, Mr Ifeanyi Obi, SAN, described the application as “…”" is Obi, not someone called SAN', () => {
    const res = analyzeParagraphs(['But defence counsel, Mr Ifeanyi Obi, SAN, described the application as “oppressive and unnecessary,” telling the court his client had never tried to travel.']);
    expect(res.cast.map((c) => c.name)).not.toContain('SAN');
    expect(speakerOf(res, 'oppressive and unnecessary')).toBe('Ifeanyi Obi');
  });

  it('"OLKIRAU, Kenya, June 18 (Rift Wire) - A judge ... saying ... “…”" takes no speaker from the dateline', () => {
    const res = analyzeParagraphs(['OLKIRAU, Kenya, June 18 (Rift Wire) - A High Court judge on Tuesday ordered the prosecution of three police officers over the death of a student during protests last year, saying investigators had "deliberately sat on" the file.']);
    expect(speakerOf(res, 'deliberately sat on')).not.toBe('OLKIRAU');
    expect(res.cast.map((c) => c.name)).not.toContain('OLKIRAU');
  });
});

describe('round 30: a place at the end of a phrase set off after a name', () => {
  it('"Kelland, on a visit to Velmora, later told reporters the vote had been “…”" is Kelland, not Velmora', () => {
    const res = analyzeParagraphs([
      'Another journalist asked whether the minister, Astrid Kelland, had been consulted. The spokesman, Jonas Brekmo, said she had “signed off personally.”',
      'Kelland, on a visit to Velmora, later told reporters the abstention had been “a hard call, but the right one.”',
    ]);
    expect(speakerOf(res, 'a hard call')).toBe('Astrid Kelland');
  });
});

describe("round 30: the review's cases for the round's first rules", () => {
  it('"A letter sent to Ann Cole, on behalf of Tom Reid, said: “…”" is not Ann Cole for sure', () => {
    expect(sure(analyzeParagraphs(['A letter sent to Ann Cole, on behalf of Tom Reid, said: “He is grateful.”']), 'He is grateful')).not.toBe('Ann Cole');
  });

  it('"Governor Tom Reid visited the scene. / “…,” the CP told reporters." is not the governor for sure', () => {
    expect(sure(analyzeParagraphs(['Governor Tom Reid visited the scene.', '“We will find them,” the CP told reporters.']), 'We will find them')).not.toBe('Tom Reid');
  });

  it('"TOM REID, 54, lost everything - and neighbour Sam Cole lost his barn. ‘…,’ he said." is no dateline: not Sam Cole for sure', () => {
    expect(sure(analyzeParagraphs(['TOM REID, 54, lost everything - and neighbour Sam Cole lost his barn. ‘I have nothing left,’ he said.']), 'I have nothing left')).not.toBe('Sam Cole');
  });

  it('"Rejecting the bail plea of Tom Reid, SC observed: “…”" keeps the court', () => {
    expect(speakerOf(analyzeParagraphs(['Rejecting the bail plea of Tom Reid, SC observed: “Liberty cannot be a licence.”']), 'Liberty cannot be')).toBe('SC');
  });
});

describe('round 30: a given name that is also a noun, and "Her verdict is short:"', () => {
  it('"Dawn Ellery has run the stall for 30 years." opens with a name, not the noun "dawn"', () => {
    const res = analyzeParagraphs([
      'Dawn Ellery has run the fruit stall on Carver Street for 30 years. Her nephew Marcus Ellery, 19, helps on Saturdays: “It keeps me out of trouble.”',
      'Dawn Ellery laughs when asked about retiring. “They will carry me out of here in a crate of apples.”',
    ]);
    expect(res.cast.map((c) => c.name)).toContain('Dawn Ellery');
    expect(speakerOf(res, 'They will carry me')).toBe('Dawn Ellery');
  });

  it('"Storm Eunice hit the coast." names no one', () => {
    const res = analyzeParagraphs(['Storm Eunice hit the coast on Friday. “The sea came over the wall,” said harbourmaster Colm Doyle.']);
    expect(res.cast.find((c) => c.name === 'Storm Eunice')?.kind ?? 'none').not.toBe('person');
    expect(speakerOf(res, 'The sea came over')).toBe('Colm Doyle');
  });

  it('"Her verdict is short: “…”" is hers', () => {
    const res = analyzeParagraphs(['Wenona Tallis has taught at the village school for 31 years. Her verdict is short: “It is the end of us.”']);
    expect(speakerOf(res, 'It is the end of us')).toBe('Wenona Tallis');
  });
});

describe('round 30: someone the quote names by given name is not its "he"', () => {
  it('"Pellegrini also confirmed that winger Tomas Varga would miss six weeks. “Tomas is a huge loss,” he said." is Pellegrini for sure', () => {
    const res = analyzeParagraphs([
      'Riverside manager Dario Pellegrini has denied that striker Owen Baptiste wants to leave the club.',
      '“Owen is happy. I spoke to his agent on Monday,” Pellegrini said on Thursday.',
      'Pellegrini also confirmed that winger Tomas Varga would miss six weeks with a knee injury. “Tomas is a huge loss for us,” he said.',
    ]);
    expect(sure(res, 'Tomas is a huge loss')).toBe('Dario Pellegrini');
  });

  it('"Kowal reserved special praise for Nowicki. / ‘Marek has carried the burden,’ he said." is Kowal for sure', () => {
    const res = analyzeParagraphs([
      'Harbury’s manager, Piotr Kowal, said his side had produced ‘the best away display of the season’.',
      'Goals from Marek Nowicki and Jonah Pratt settled it. Kowal reserved special praise for Nowicki, who had not scored since August.',
      '‘Marek has carried the burden of not scoring for months,’ he said.',
    ]);
    expect(sure(res, 'Marek has carried')).toBe('Piotr Kowal');
  });

  it('"The captain laughed. “Graham knows every trail,” he said." is not Graham, the old captain, for sure', () => {
    const res = analyzeParagraphs([
      '“Nobody else wanted the job,” said Lachlan Moretti, a shearer who joined the brigade at 16.',
      'The man he replaced, Graham Tindall, who served as captain for 19 years, is still on the roster. “He hasn’t said no yet,” Mr Tindall said.',
      'The captain laughed when that was put to him. “Graham knows every fire trail in this district,” he said.',
    ]);
    expect(sure(res, 'Graham knows every')).not.toBe('Graham Tindall');
  });
});

describe('round 30: a widow\'s surname that differs by its ending, and "the ministry" quoted before by description', () => {
  it('"Papadakis\'s widow, Maria Papadaki, ... “…,” she said." is Maria Papadaki, no misspelling of Papadakis', () => {
    const res = analyzeParagraphs([
      '“Nikos Papadakis went to work and never came home,” said Stavros Kalanis, who leads the drivers’ union.',
      'Papadakis’s widow, Maria Papadaki, joined the picket line on Monday. “They are fighting for every family,” she said.',
    ]);
    expect(speakerOf(res, 'They are fighting')).toBe('Maria Papadaki');
  });

  it('"The transport ministry said ... / “…,” the ministry said." after a firm named is the transport ministry', () => {
    const res = analyzeParagraphs([
      'The bus operator, Northline Coaches, said the crash was being investigated.',
      'The transport ministry said in a statement that the walkout was “unjustified”. “Passengers must come first,” the ministry said.',
    ]);
    expect(speakerOf(res, 'Passengers must come first')).toBe(speakerOf(res, 'unjustified'));
    expect(speakerOf(res, 'Passengers must come first')).not.toBe('Northline Coaches');
  });
});

describe('round 30: a quote-only paragraph in the first person after a paragraph about one person alone', () => {
  const intro = 'Divers from the Kessel Marine Trust have found a wreck off the headland.';
  it('"Tobias Wrenfield, the trust\'s dive officer, spent three weeks mapping the site. / “When I first saw the bell, …”" is his for sure', () => {
    const res = analyzeParagraphs([intro, 'Tobias Wrenfield, the trust’s dive officer, spent three weeks mapping the site.', '“When I first saw the bell, I had to surface and sit in the boat for ten minutes.”']);
    const q = quoteOf(res, 'When I first saw');
    expect(q.ambiguous).toBe(false);
    expect(nameOf(res, q.speakerId)).toBe('Tobias Wrenfield');
  });

  it('stays unsure when that paragraph names someone else too, or the words do not speak as "I"', () => {
    const two = analyzeParagraphs([intro, 'Tobias Wrenfield, the trust’s dive officer, spent three weeks mapping the site with Anna Kell.', '“When I first saw the bell, I had to surface and sit in the boat for ten minutes.”']);
    expect(quoteOf(two, 'When I first saw').ambiguous).toBe(true);
    const notI = analyzeParagraphs([intro, 'Tobias Wrenfield, the trust’s dive officer, spent three weeks mapping the site.', '“The bell is the best find on this coast in a decade.”']);
    expect(quoteOf(notI, 'The bell is the best').ambiguous).toBe(true);
  });
});

describe('round 30: an analyst set off with a firm after a role, and an analyst\'s note', () => {
  it('"Another analyst, Nadia Petrossian at Kellbrook Securities, was more cautious. “…,” she said." is Petrossian', () => {
    const res = analyzeParagraphs([
      'Orvane’s head of investor relations, Clara Weiss, said the company did not comment on analysts’ ratings.',
      'Another analyst, Nadia Petrossian at Kellbrook Securities, was more cautious. “One quarter does not make a trend,” she said.',
    ]);
    const q = quoteOf(res, 'One quarter does not');
    expect(q.ambiguous).toBe(false);
    expect(nameOf(res, q.speakerId)).toBe('Nadia Petrossian');
  });

  it('"“…,” the note said." after analysts cut a rating is the note', () => {
    const res = analyzeParagraphs([
      'Shares in Orvane fell 6 percent after analysts at Halden Bank cut their rating on the stock.',
      '“We think the market is ignoring the threat from cheaper rivals,” the note said.',
    ]);
    expect(speakerOf(res, 'We think the market')).toBe('the note');
  });

  it('"According to a note from Halden Capital analyst Ruth Okafor, the plan “…”" is Okafor\'s', () => {
    const res = analyzeParagraphs(['According to a note from Halden Capital analyst Ruth Okafor, the forecast “looks cautious, given the orders,” and she raised her target.']);
    expect(speakerOf(res, 'looks cautious')).toBe('Ruth Okafor');
  });
});

describe('round 30: "X said in a statement that it accepted ..." makes X an organisation', () => {
  it('"Corvanta said in a statement that it accepted the decision. ‘…,’ the company said." is Corvanta, not the regulator', () => {
    const res = analyzeParagraphs([
      'The Financial Services Tribunal has fined the lender Corvanta £3m for mis-selling loans.',
      'Corvanta said in a statement that it accepted the decision and would repay customers. ‘We got this badly wrong,’ the company said.',
    ]);
    expect(speakerOf(res, 'We got this badly wrong')).toBe('Corvanta');
  });

  it('"The Financial Services Tribunal said it had found ... ‘…,’ the company said." is not the tribunal', () => {
    const res = analyzeParagraphs([
      'Corvanta, a lender based in Leeds, sold loans to more than 40,000 people.',
      'The Financial Services Tribunal said in a statement that it had found the loans unfair. ‘We will appeal,’ the company said.',
    ]);
    expect(speakerOf(res, 'We will appeal')).not.toBe('Financial Services Tribunal');
  });

  it('"Okafor said in a statement that it was a sad day" keeps Okafor a person', () => {
    const res = analyzeParagraphs(['Tendai Okafor said in a statement that it was a sad day for the town. “We lost a friend,” she said.']);
    expect(res.cast.find((c) => c.name === 'Tendai Okafor')?.kind).toBe('person');
  });
});

describe('round 30: someone new brought in by how they were ("A senior official ... was more optimistic.")', () => {
  it('"A senior adviser from one of the Nordic delegations was more cautious. “…,” the adviser said." is that adviser, unnamed', () => {
    const res = analyzeParagraphs([
      '“The deal is close,” said Ilse Brenner, the envoy who chairs the talks.',
      'A senior adviser from one of the Nordic delegations was more cautious. “We have been here before,” the adviser said.',
    ]);
    const q = quoteOf(res, 'We have been here before');
    expect(q.ambiguous).toBe(false);
    expect(nameOf(res, q.speakerId)).toMatch(/adviser.*\(unnamed\)$/);
  });
});

describe('round 30: "she said" opening the paragraph right after the one where she was quoted as its subject', () => {
  const paras = [
    '“We found the van abandoned,” Inspector Carol Mbeki said at a briefing on Monday.',
    'Mbeki said officers were still searching the woods near the ring road.',
    'Gloria Huang, who runs the café on Station Road, said customers had been “nervous for weeks.”',
  ];
  it('is hers for sure, though the inspector spoke two paragraphs before', () => {
    const res = analyzeParagraphs([...paras, '“People just want to feel safe again,” she said.']);
    const q = quoteOf(res, 'People just want');
    expect(q.ambiguous).toBe(false);
    expect(nameOf(res, q.speakerId)).toBe('Gloria Huang');
  });

  it('is not hers for sure when someone new comes in before it in that paragraph', () => {
    const res = analyzeParagraphs([...paras, 'A neighbour who did not want to be named disagreed. “People just want someone to blame,” she said.']);
    const q = quoteOf(res, 'People just want');
    expect(q.ambiguous ? null : nameOf(res, q.speakerId)).not.toBe('Gloria Huang');
  });
});

describe('round 30: "X said ... / “…,” the company said." after a public body spoke', () => {
  it('is X, the subject of the sentence just before, not the department quoted before it', () => {
    const res = analyzeParagraphs([
      'Dead fish were found along the Harrow Brook on Friday, days after a spill at the Tennant Coatings works upstream.',
      'The state Department of Water Quality said in a statement that samples showed “high levels of solvents” below the works.',
      'Tennant Coatings said the leak had been stopped. “We deeply regret the harm to the brook,” the company said.',
    ]);
    expect(speakerOf(res, 'We deeply regret')).toBe('Tennant Coatings');
  });
});

describe("round 30: the review's cases for the session's rules", () => {
  it('"Forward Okafor has now scored nine goals" names no one called Forward Okafor', () => {
    const res = analyzeParagraphs(['Chidi Okafor scored twice as Harrow Town beat Selby 3-1.', 'Forward Okafor has now scored nine goals this season. “The boys made it easy for me,” he said.']);
    expect(res.cast.map((c) => c.name)).not.toContain('Forward Okafor');
    expect(sure(res, 'The boys made it easy')).toBe('Chidi Okafor');
  });

  it('"Rookie Brandt has impressed in training." keeps Lena Brandt', () => {
    const res = analyzeParagraphs(['Lena Brandt joined the club from Hamburg in the summer.', 'Rookie Brandt has impressed in training. “She works harder than anyone,” manager Tom Hale said.', '“I just want to play,” Brandt said.']);
    expect(speakerOf(res, 'I just want to play')).toBe('Lena Brandt');
  });

  it('"His reaction drew a fine: “…”", "Mendes\'s verdict came: “…”", "Her assessment by the panel was damning: “…”" are not theirs for sure', () => {
    expect(sure(analyzeParagraphs(['The referee sent off Pereira in the 80th minute. His reaction drew a fine from the league: “That referee is a disgrace.”']), 'That referee is')).not.toBe('the referee');
    expect(sure(analyzeParagraphs(['The jury took four hours. Mendes’s verdict came just before six: “Guilty on all counts.”']), 'Guilty on all')).not.toBe('Mendes');
    expect(sure(analyzeParagraphs(['Councillor Ruth Amis was suspended in May. Her assessment by the standards panel was damning: “Ms Amis repeatedly misled colleagues.”']), 'Ms Amis repeatedly')).not.toBe('Ruth Amis');
  });

  it('a given name called out in the quote ("‘Stay with me, Marcus.’", "‘Leon!’") or part of another name ("Ivy League") rules no one out', () => {
    expect(sure(analyzeParagraphs(['Marcus Hale was trapped in his car for six hours. Paramedic Steven Boyd reached him first.', '“The paramedic kept saying ‘Stay with me, Marcus.’ That is all I remember,” he said.']), 'The paramedic kept')).not.toBe('Steven Boyd');
    expect(sure(analyzeParagraphs(['Ivy Chen, 16, won the regional chess title on Sunday, beating her coach’s daughter, Mei Lin.', '“My dad wanted me to go to an Ivy League school, not play chess,” she said.']), 'My dad wanted')).not.toBe('Mei Lin');
    expect(sure(analyzeParagraphs(['Leon Baptiste, 9, was pulled from the river by his uncle, Curtis Baptiste.', '“He kept shouting ‘Leon!’ and I just held on,” he said.']), 'He kept shouting')).not.toBe('Curtis Baptiste');
  });

  it('"Briggs has complained three times. “Every repair he asked for has been done,” he said." after Briggs spoke of the landlord is not Briggs for sure', () => {
    const res = analyzeParagraphs(['“He has let down every tenant in this building,” said Tom Briggs, who leads the tenants’ group, of the landlord, Victor Sayer.', 'Briggs has complained to the council three times this year. “Every repair he asked for has been done,” he said.']);
    expect(sure(res, 'Every repair he asked')).toBeNull();
  });

  it('an "I" quote after a paragraph about someone is not theirs for sure when it speaks of them as "she" or "he", or the paragraph says what befell them', () => {
    expect(sure(analyzeParagraphs(['Maria Lopez was 19 when she left Oaxaca for Los Angeles.', '“I remember the day she left. I cried for a week.”']), 'I remember the day')).toBeNull();
    expect(sure(analyzeParagraphs(['Ahmed Saleh spent 14 months in detention before he was cleared.', '“I told the court he was innocent from the start. Nobody listened to me.”']), 'I told the court')).toBeNull();
    expect(sure(analyzeParagraphs(['Daniel Kerr was jailed for six years on Friday.', '“I never thought I would see this day. I can sleep again.”']), 'I never thought')).toBeNull();
  });

  it('"the company said" is not the subject just before when another firm is in reach', () => {
    expect(sure(analyzeParagraphs(['Oakridge Mining has been accused of polluting the Tallow River. Greenpeace said in a statement that it had photographs of the spills. “We reject these claims entirely,” the company said.']), 'We reject these')).not.toBe('Greenpeace');
  });

  it('"Pemberton said in a statement that its conclusions were unfair and that he would appeal." keeps Pemberton a person', () => {
    const res = analyzeParagraphs(['Pemberton said in a statement that its conclusions were unfair and that he would appeal.', '“I acted in good faith at all times,” he said.']);
    expect(speakerOf(res, 'I acted in good faith')).toBe('Pemberton');
  });

  it('"A junior official from his team was absent." brings in no one "the official said" means', () => {
    const res = analyzeParagraphs(['EU negotiator Jan Berg said talks would resume on Monday.', 'A junior official from his team was absent.', '“We will be ready,” the official said.']);
    expect(sure(res, 'We will be ready') ?? '').not.toMatch(/junior official/);
  });
});

describe('round 31: "the network said", "the party said", "the schools trust said" for the organisation named before', () => {
  it('"Hollowbrook Television has cancelled its drama. / “…,” the network said." is the broadcaster', () => {
    const res = analyzeParagraphs(['Hollowbrook Television has cancelled its long-running drama Ridgeway after seven seasons.', '“Ridgeway has been the heart of our schedule,” the network said in a statement.']);
    expect(speakerOf(res, 'Ridgeway has been the heart')).toBe('Hollowbrook Television');
  });

  it('"The ruling National Renewal Congress (NRC) has cancelled ... / the party said" is that party', () => {
    const res = analyzeParagraphs(['The ruling National Renewal Congress (NRC) has cancelled its governorship primary after violence at the venue.', 'In a statement on Sunday, the party said the exercise had been “hijacked by thugs.”']);
    expect(speakerOf(res, 'hijacked by thugs')).toBe('National Renewal Congress');
  });

  it('"An inquiry commissioned by the Eastern Care Homes Group ... / The care homes group said ..." is the group named in passing', () => {
    const res = analyzeParagraphs([
      'An inquiry commissioned by the Eastern Care Homes Group found that warnings about the roof had been ignored for years.',
      'The homes group said in a statement that it accepted every finding and “apologises without reservation”.',
    ]);
    expect(speakerOf(res, 'apologises without reservation')).toBe('Eastern Care Homes Group');
  });
});

describe('round 31: a hyphened role, and a work\'s title', () => {
  const paras = [
    'Galway singer-songwriter Niamh Ó Ceallaigh has said her new album is ‘the truest thing I have made’.',
    'The album, titled Harbour Lights, was written over two winters on Inis Beag, where she cared for her aunt.',
    '‘I wrote every morning before the ferry came,’ she said.',
    'Her producer, Tom Reddan, said the sessions were unusual. ‘She threw out anything too tidy,’ he said.',
    'The singer added: ‘Tidy is the enemy.’',
  ];
  it('"The singer added:" is the singer-songwriter, not the producer quoted last', () => {
    expect(speakerOf(analyzeParagraphs(paras), 'Tidy is the enemy')).toBe('Niamh Ó Ceallaigh');
  });

  it('"titled Harbour Lights" names no one the "she" after it may be', () => {
    const res = analyzeParagraphs(paras);
    expect(res.cast.map((c) => c.name)).not.toContain('Harbour Lights');
    expect(speakerOf(res, 'I wrote every morning')).toBe('Niamh Ó Ceallaigh');
  });
});

describe('round 31: "alderman" and "actor" say nothing of gender', () => {
  it('"Former alderman Hanneke Vries-Maas ... said she was “…”. / “…,” she said." is hers, not the party leader\'s', () => {
    const res = analyzeParagraphs([
      'Party leader Joost Verhagen said his group could not sign an agreement that would “tax shopkeepers out of existence”.',
      'Former alderman Hanneke Vries-Maas, who chaired the talks, said she was “disappointed but not surprised”.',
      '“A minority council is not ideal, but it is not unheard of,” she said.',
    ]);
    expect(speakerOf(res, 'disappointed but not')).toBe('Hanneke Vries-Maas');
    expect(speakerOf(res, 'A minority council')).toBe('Hanneke Vries-Maas');
  });
});

describe('round 31: a document after "and said" is the reported clause\'s subject, not an inverted speaker', () => {
  it('"X accepted the resignation and said an independent review of the deal would be completed “…”" is X', () => {
    const res = analyzeParagraphs(['Prime Minister Ingrid Solvang accepted the resignation and said an independent review of the deal would be finished “within weeks, not months”.']);
    expect(speakerOf(res, 'within weeks')).toBe('Ingrid Solvang');
  });
});

describe('round 31: names with accents, the garda, roads and terraces, numbers written out', () => {
  it('"Siobhán" is a given name, as its plain spelling is', () => {
    // (given names, so the two words are a person's name; no gender from the plain spelling, which
    // may be the other sex's: the review's "Álex" and "Rosário" below)
    const local = analyzeParagraphLocal('Siobhán Kerrigan watched the water rise from an upstairs window.');
    expect(local.mentions.find((m) => m.name === 'Siobhán Kerrigan')?.type).toBe('person');
  });

  it('"Garda Niamh Cullinane told the court she ..." is a garda with her name; "the Garda Síochána said" is the force', () => {
    const res = analyzeParagraphs([
      'Kevin Kehoe (31), of Mill Road, Castlebar, pleaded guilty to assault.',
      'Garda Niamh Cullinane told the court she was called to the scene when Kehoe lunged at her.',
      '“I thought I was going to be stabbed,” she said.',
      'The Garda Síochána said in a statement that it would review the case.',
    ]);
    expect(speakerOf(res, 'I thought I was going')).toBe('Niamh Cullinane');
    expect(res.cast.map((c) => c.name)).not.toContain('Síochána');
  });

  it('"Twenty-five years after ..." and "on Carnmore Terrace" name no one', () => {
    const res = analyzeParagraphs([
      'Twenty-five years after she painted her first mural in north Belfast, artist Orla McCann-Boyle is back on the scaffolding.',
      'The new work, on the same wall in Carnmore Terrace, shows children playing football. ‘The first mural was about grief,’ she said.',
    ]);
    expect(res.cast.map((c) => c.name)).not.toContain('Twenty-five');
    expect(speakerOf(res, 'The first mural')).toBe('Orla McCann-Boyle');
  });
});

describe('round 31: a long role set off after a described source, then the name', () => {
  it('"A longtime customer, retired professor of marine biology Dr Ana Ferreira-Lopes, said: “…”" is Ferreira-Lopes', () => {
    const res = analyzeParagraphs(['A longtime customer, retired professor of marine biology Dr Ana Ferreira-Lopes, said: “This place is my second office.”']);
    expect(speakerOf(res, 'This place is my')).toBe('Ana Ferreira-Lopes');
  });
});

describe('round 31: letters after a barrister\'s name, a letter alone, a titled person is no other role', () => {
  it('"Counsel for the accused, Orla Brennan BL, said ..." is Orla Brennan', () => {
    const res = analyzeParagraphs(['Counsel for the accused, Orla Brennan BL, said her client had been “deeply ashamed” since the night.']);
    expect(speakerOf(res, 'deeply ashamed')).toBe('Orla Brennan');
  });

  it('"the category B jail" names no one called B', () => {
    const text = 'Inspector Hugh Darrow said the category B jail was “among the worst” he had seen.';
    expect(analyzeParagraphLocal(text).mentions.map((m) => m.name)).not.toContain('B');
    // (nor a letter opening a transcript's turn, which is its label)
    expect(speakerOf(analyzeParagraphs(['Q: “What did you see?”', 'A: “Smoke, then flames.”']), 'Smoke, then')).not.toBe('A');
  });
});

describe('round 31: a role subject is not someone the story gave another title', () => {
  it('"the chairman of the Builders’ Guild, Dr. Musa Danjuma, blamed ... / “…,” he said." is not the commissioner quoted before, even as a suggestion', () => {
    const res = analyzeParagraphs([
      'The state Commissioner for Works, Dr. Tunde Bakare-Ola, who spoke at a briefing on Monday, said the bridge would reopen in May.',
      '“We have closed the road and we are building a detour,” the commissioner stated.',
      'Speaking on the collapse, the chairman of the state chapter of the Builders’ Guild, Dr. Musa Danjuma, blamed “years of neglect” of the bridges.',
      '“This bridge was never maintained,” he said.',
    ]);
    const q = quoteOf(res, 'This bridge was never');
    expect(nameOf(res, q.speakerId ?? q.suggestedSpeakerId ?? null)).not.toBe('Tunde Bakare-Ola');
  });
});

describe("round 31: the review's cases for the round's rules", () => {
  it('"the alliance", "the coalition", "the network" are never a firm named before', () => {
    expect(sure(analyzeParagraphs(['Defence contractor Harlow Systems won a contract to supply radar to NATO members, officials said.', '"This strengthens our eastern flank," the alliance said in a statement.']), 'This strengthens')).not.toBe('Harlow Systems');
    expect(sure(analyzeParagraphs(['Veridan Energy applied for permission to build a wind farm near Carrow. A coalition of residents and farmers opposed the plan.', '"We will fight this in the courts," the coalition said.']), 'We will fight')).not.toBe('Veridan Energy');
    expect(sure(analyzeParagraphs(['Farrow Logistics was accused of exploiting drivers by the Migrant Workers Network, a charity.', '"These drivers earn less than the minimum wage," the network said.']), 'These drivers earn')).not.toBe('Farrow Logistics');
  });

  it('"the rail group said" is not the group named before when the story brought in another one unnamed', () => {
    expect(sure(analyzeParagraphs(['Ferrovia Rail Group bought the line from the state in 2012. Passengers have complained for years.', 'On Friday a new rail group, Northern Lines, took over. "We will fix the timetable," the rail group said.']), 'We will fix')).not.toBe('Ferrovia Rail Group');
    expect(sure(analyzeParagraphs(['The campaign was backed by Meridian Food Group. Supermarket chains and a food group representing small farmers criticised it.', '"Farmers were not consulted," the food group said.']), 'Farmers were not')).not.toBe('Meridian Food Group');
  });

  it('"Landlord-tenant lawyer Maria Okafor" is a lawyer, not the landlord', () => {
    const res = analyzeParagraphs(['Landlord-tenant lawyer Maria Okafor represented the family at the hearing. The landlord, Patrick Dunne, did not attend.', '"The eviction was lawful," the landlord said in a letter read to the court.']);
    expect(speakerOf(res, 'The eviction was lawful')).toBe('Patrick Dunne');
    const alone = analyzeParagraphs(['Landlord-tenant lawyer Maria Okafor said evictions in the city had doubled since January.', '"Families are being put on the street," she said. The owner of the building declined to be named. "Rents have to cover costs," the landlord said.']);
    expect(sure(alone, 'Rents have to cover')).not.toBe('Maria Okafor');
  });

  it('"The newly titled Sir Kenneth Oduya said" is Oduya', () => {
    const res = analyzeParagraphs(['The newly titled Sir Kenneth Oduya said: "This belongs to the volunteers."']);
    const q = quoteOf(res, 'This belongs to');
    expect(nameOf(res, q.speakerId ?? q.suggestedSpeakerId ?? null)).toBe('Kenneth Oduya');
  });

  it('a long description that names someone else after "of the" or "to the" is not theirs', () => {
    expect(speakerOf(analyzeParagraphs(['A neighbour, a close friend of the murdered pensioner Tom Walsh, said: "He would give you his last euro."']), 'He would give you')).not.toBe('Tom Walsh');
    expect(speakerOf(analyzeParagraphs(['One witness, a passenger sitting next to the driver Alan Fitch, said: "The brakes just went."']), 'The brakes just')).not.toBe('Alan Fitch');
  });

  it('a name with accents takes no gender from its plain spelling ("Álex", "Rosário")', () => {
    expect(sure(analyzeParagraphs(['Álex Moreno, 29, and her partner Javier were rescued from the roof.', '"I thought we would drown," she said.']), 'I thought we would')).not.toBe('Javier');
    expect(speakerOf(analyzeParagraphs(['Rosário Fonseca, 58, has lived in the village for 40 years with her husband, Manuel.', '"We have never seen a fire like this," she said.']), 'We have never seen')).toBe('Rosário Fonseca');
  });
});

describe('round 31: a quote going on after someone unnamed became a subject', () => {
  it('"Later, his brother, who asked not to be named, was angrier. “…”" is not the mayor\'s for sure', () => {
    const res = analyzeParagraphs(['“We will rebuild the bridge by spring,” said the mayor, Tom Reid.', 'Later, his brother, who asked not to be named, was angrier. “Nobody from the council has come to see us in three weeks.”']);
    expect(quoteOf(res, 'Nobody from the council').ambiguous).toBe(true);
  });
});

describe('round 31: a kind of body before its name, and "to speak to the media said"', () => {
  it('"Consumer group Fair Scales welcomed the cap but said it was “…”" is Fair Scales', () => {
    const res = analyzeParagraphs(['The government capped the price of rice at P45 a kilo.', 'Consumer group Fair Scales welcomed the cap but said it was “a plaster, not a cure.”']);
    expect(speakerOf(res, 'a plaster, not a cure')).toBe('Fair Scales');
  });

  it('"A councillor who was not authorised to speak to the media said: “…”" is never the media', () => {
    const res = analyzeParagraphs(['A councillor who asked not to be identified because he was not authorised to speak to the media said: “The houses were promised in two years. It has been five.”']);
    expect(speakerOf(res, 'The houses were promised') ?? '').not.toMatch(/media/);
    const q = quoteOf(res, 'The houses were promised');
    expect(nameOf(res, q.speakerId ?? q.suggestedSpeakerId ?? null) ?? '').not.toMatch(/media/);
  });
});

describe('round 31: "the forward said" for a striker, "Ms Vossberg" for the Vossberg with a given name', () => {
  it('"striker Kelechi Obi ... / “…,” the forward said." is Obi for sure', () => {
    const res = analyzeParagraphs([
      'Harbour United have signed striker Kelechi Obi from Delta Stars on a two-year deal.',
      'Obi, 23, scored 15 league goals last season. “I came because the coach called me himself,” the forward said.',
    ]);
    expect(sure(res, 'I came because the coach')).toBe('Kelechi Obi');
  });

  it('"Ms Brandauer says" in a story of Greta Brandauer and the Konditorei Brandauer is Greta', () => {
    const res = analyzeParagraphs([
      'When Greta Brandauer opens the Konditorei Brandauer at six, she does what her grandmother did.',
      'The shop has survived two floods and, Ms Brandauer says, “every diet that was meant to kill cake”.',
    ]);
    expect(sure(res, 'every diet that was meant')).toBe('Greta Brandauer');
  });
});

describe('round 31: a role nobody in the story holds, for someone given another role', () => {
  it('"Her producer, Dónal Keating, said ... / The singer added: “…”" is not the producer for sure', () => {
    const res = analyzeParagraphs([
      'The record was written over two winters on Inis Leacan, where she cared for her grandmother.',
      'Her producer, Dónal Keating, said the sessions were unusual. “She threw out anything too neat,” he said.',
      'The singer added: “Neat is the enemy. I want people to hear the mistakes.”',
    ]);
    expect(sure(res, 'Neat is the enemy')).not.toBe('Dónal Keating');
  });

  it('"the traditional ruler, Oba Tunde Alabi, said ... / “…,” the monarch said." stays Alabi for sure', () => {
    const res = analyzeParagraphs([
      'Speaking at the opening on Saturday, the traditional ruler of the town, Oba Tunde Alabi, said the clinic had ended years of waiting.',
      '“Our mothers used to walk ten kilometres to see a nurse,” the monarch said.',
    ]);
    expect(sure(res, 'Our mothers used to walk')).toMatch(/Tunde Alabi$/);
  });
});

describe('round 31: "they chanted" for the group just made a subject, and a double surname', () => {
  it('"Outside, members of a rights group applauded as Ana Ruiz Vidal left. “Never again,” they chanted." is the group, not Ruiz Vidal', () => {
    const res = analyzeParagraphs([
      '“They took my brother,” said Ana Ruiz Vidal, 70, after giving evidence.',
      'Outside the court, members of a rights group applauded as Ruiz Vidal left. “Never again,” they chanted.',
    ]);
    expect(speakerOf(res, 'Never again')).toMatch(/rights group/);
  });

  it('"Ruiz Saldaña, who speaks through an interpreter, laughed. ‘…,’ he said." is Alejandro Ruiz Saldaña', () => {
    const res = analyzeParagraphs([
      'Leon Harte has vowed to knock out Mexican rival Alejandro Ruiz Saldaña inside six rounds.',
      'Speaking at a press conference, Harte, 29, said: ‘He’s been talking for months.’',
      'Ruiz Saldaña, who speaks through an interpreter, laughed off the threat. ‘I have no nickname. I have 24 wins,’ he said.',
    ]);
    expect(sure(res, 'I have no nickname')).toBe('Alejandro Ruiz Saldaña');
  });
});

describe('round 31: the reply of the one a question named in its middle', () => {
  it('"‘If you only meant to scare him, Mr Halloran, why did you reload?’ / ‘I don’t remember,’ he replied." is Halloran for sure', () => {
    const res = analyzeParagraphs([
      'Dennis Halloran, 71, denies murdering Peter Voss, 58, in a row over a boundary fence.',
      'Cross-examining, prosecutor Helen Marsh KC asked: ‘If you only meant to scare him, Mr Halloran, why did you reload?’',
      '‘I don’t remember reloading,’ he replied.',
    ]);
    expect(sure(res, 'I don’t remember reloading')).toBe('Dennis Halloran');
  });
});

describe("round 31: the review's cases for the session's last rules", () => {
  it('a name set off after a noun in a question is no one it is put to ("your partner, Mr Dunne,")', () => {
    const res = analyzeParagraphs([
      'Defence barrister Simon Clarke cross-examined the detective, Ian Hale, about the arrest of Mark Dunne.',
      '‘Isn’t it true that your partner, Mr Dunne, fired first?’ Mr Clarke asked.',
      '‘No, that is not true,’ he replied.',
    ]);
    expect(sure(res, 'No, that is not true')).not.toBe('Mark Dunne');
  });

  it('"they chanted" is no group when the sentence before brings in another or speaks of "them"', () => {
    expect(speakerOf(analyzeParagraphs(['Thousands of officers lined the route as the protesters passed. "Free them all," they chanted.']), 'Free them all') ?? '').not.toMatch(/officers/);
    expect(speakerOf(analyzeParagraphs(['Hundreds of farmers gathered outside the ministry. Police officers fired tear gas at them. "You are murderers," they shouted.']), 'You are murderers') ?? '').not.toMatch(/police/i);
    expect(speakerOf(analyzeParagraphs(['Residents of the estate say their landlords have ignored them for years. "Fix it now," they shouted.']), 'Fix it now') ?? '').not.toMatch(/landlords/);
  });

  it('a military ruler is no monarch; a pupil is a student', () => {
    expect(sure(analyzeParagraphs(['The country’s military ruler, General Ahmed Sule, met King Oscar of the neighbouring kingdom. "We will cooperate," the monarch said.']), 'We will cooperate')).not.toBe('Ahmed Sule');
    expect(speakerOf(analyzeParagraphs(['Tom Hale, 17, a pupil at the school, won the prize. "I am thrilled," the student said.']), 'I am thrilled')).toBe('Tom Hale');
  });
});

describe('round 33: a document speaking past a figure or a party manifesto', () => {
  it('a figure with thousands set off by a comma stays inside the phrase after the document', () => {
    const res = analyzeParagraphs(['The housing trust published its findings on Tuesday.', 'The audit, based on visits to 1,250 flats, says most homes are “not fit to live in” and must be repaired.']);
    expect(sure(res, 'not fit to live in')).toBe('the audit');
  });

  it('a manifesto, a contract, a dossier speak as documents', () => {
    expect(speakerOf(analyzeParagraphs(['The Greens met in Leeds.', 'The leaked manifesto says the party would “scrap tuition fees” within a year.']), 'scrap tuition fees')).toMatch(/manifesto/);
    expect(speakerOf(analyzeParagraphs(['The club signed the striker in May.', 'The contract, seen by the Echo, says he may leave for “any club abroad” next summer.']), 'any club abroad')).toMatch(/contract/);
  });
});

describe('round 33: who puts the questions of a Q and A', () => {
  it('"sat down with" the paper\'s reporter: the questions are the reporter\'s, the answers the one who sat down', () => {
    const res = analyzeParagraphs([
      'Mayor Ines Hartley sat down with the Tribune’s city hall reporter, Owen Brackley, a week after the budget vote. This is an edited transcript.',
      'Q: “Why cut the library hours?”',
      'A: “Because the alternative was closing two branches outright.”',
    ]);
    expect(sure(res, 'Why cut the library')).toBe('Owen Brackley');
    expect(sure(res, 'Because the alternative')).toBe('Ines Hartley');
  });

  it('"X asked its founder, Y, why ...": the questions are the asker\'s, the answers the one asked', () => {
    const res = analyzeParagraphs([
      'The Corner Bookshop in Hexby turns fifty this month. Priya Nandakumar asked its founder, Gordon Lusk, why it still opens on Sundays.',
      'Q: “Why Sundays?”',
      'A: “Because that is when people have time to browse.”',
    ]);
    expect(sure(res, 'Why Sundays')).toBe('Priya Nandakumar');
    expect(sure(res, 'Because that is when')).toBe('Gordon Lusk');
  });

  it('someone who "spoke to reporters" before a transcript: the questions are a reporter\'s', () => {
    const res = analyzeParagraphs([
      'Harbour United manager Stellan Voss spoke to reporters after the 3-0 defeat at Millbrook. This is an edited transcript.',
      'Q: “Is your job safe?”',
      'VOSS: “That is not a question for me.”',
    ]);
    expect(speakerOf(res, 'Is your job safe')).toBe('reporter');
    expect(sure(res, 'That is not a question')).toBe('Stellan Voss');
  });
});

describe('round 33: an age for a name ends a paragraph with a colon', () => {
  it('"In a letter to members, the 61-year-old wrote:" then a paragraph of quotes only is theirs for sure', () => {
    const res = analyzeParagraphs([
      'Marguerite Oyelaran-Finch has resigned as chair of the Westmoor Rowing Club after eleven years.',
      'In a letter to members on Friday evening, the 61-year-old wrote:',
      '“I have given this club the best years of my life. It is time for someone younger to steer.',
      '“I will still be on the river every Saturday.”',
    ]);
    expect(sure(res, 'I have given this club')).toBe('Marguerite Oyelaran-Finch');
    for (const seg of quoteOf(res, 'I have given this club').segments) expect(nameOf(res, seg.speakerId)).toBe('Marguerite Oyelaran-Finch');
  });
});

describe('round 33: a saying is no one\'s words', () => {
  it('"an old Treasury saying that “…”" names no one; "with the chancellor saying “…”" still does', () => {
    const res = analyzeParagraphs(['The chancellor, Ruth Adebayo-Lind, presents her budget on Wednesday.', 'There is an old Treasury saying that “a good budget is a dull budget”.']);
    expect(sure(res, 'a good budget')).toBeNull();
    expect(sure(analyzeParagraphs(['The farmers’ leader, Ewan Pryce, walked out of the talks.', 'As the Cumbrian saying goes, “you cannot eat scenery”.']), 'you cannot eat')).toBeNull();
    expect(speakerOf(analyzeParagraphs(['The chancellor, Ruth Adebayo-Lind, met the unions on Monday.', 'The union walked out, with the chancellor saying “we are done here”.']), 'we are done here')).toBe('Ruth Adebayo-Lind');
  });
});

describe('round 33: the object of a phrase before the verb is no speaker', () => {
  it('"The father of a boy hit by a delivery van has told ..." is not the van\'s driver; "because of the inquiry said" is not the inquiry', () => {
    expect(speakerOf(analyzeParagraphs(['The father of a boy hit by a delivery driver has told an inquest how the crash “broke” the family.']), 'broke') ?? '').not.toMatch(/driver/);
    expect(speakerOf(analyzeParagraphs(['A nurse who asked not to be named because of the continuing review said staff felt “hung out to dry” by managers.']), 'hung out to dry') ?? '').not.toMatch(/review/);
  });

  it('"someone in the gallery shouted", "a voice from the back of the hall shouted" name no place', () => {
    expect(speakerOf(analyzeParagraphs(['The mayor, Tomasz Ilic, was halfway through his speech when someone in the gallery shouted “Resign now!” and was led out.']), 'Resign now') ?? '').not.toMatch(/gallery/);
    expect(speakerOf(analyzeParagraphs(['As the count ended, a voice from the back of the hall shouted “Recount!” and stewards moved in.']), 'Recount') ?? '').not.toMatch(/hall/);
  });

  it('"a member of staff at the clinic said" and "an official at the water agency said" keep their speakers', () => {
    expect(speakerOf(analyzeParagraphs(['A member of staff at the clinic said the letters went “to the wrong list”.']), 'to the wrong list')).toMatch(/staff/);
    expect(speakerOf(analyzeParagraphs(['An official at the water agency said the levels were “unprecedented”.']), 'unprecedented')).toMatch(/official/);
  });
});

describe('round 33: what someone wrote speaks as them', () => {
  it('"Okafor-Lund\'s email ended: “…”" is Okafor-Lund\'s, after someone else spoke', () => {
    const res = analyzeParagraphs([
      'In a message to staff, chief executive Dagny Okafor-Lund wrote: “This was the hardest decision of my career.”',
      'The company’s spokesman, Piers Halloway, said all notice periods would be honoured. “Nobody leaves without their full pay,” he said.',
      'Okafor-Lund’s email ended: “I am sorry. I know that is not enough.”',
    ]);
    expect(sure(res, 'I am sorry')).toBe('Dagny Okafor-Lund');
  });

  it('"X\'s post drew a reply from Y: “…”" stays Y\'s', () => {
    const res = analyzeParagraphs(['Mayor Ruth Kelso posted a photo from the flooded ward. Kelso’s post drew a sharp reply from the opposition leader, Idris Penhale: “Photos are not sandbags.”']);
    expect(sure(res, 'Photos are not sandbags')).toBe('Idris Penhale');
  });
});

describe('round 33: a body named with the word for its kind is that word later', () => {
  it('"the exam board Eastern Assessments ... The board said" is Eastern Assessments; so is "the charity Open Door ... the charity said"', () => {
    expect(speakerOf(analyzeParagraphs(['Pupils were sent the wrong results after a fault at the exam board Eastern Assessments.', 'The board said a “software error” had affected 300 candidates.']), 'software error')).toBe('Eastern Assessments');
    expect(speakerOf(analyzeParagraphs(['Volunteers at the charity Open Door have served 40,000 meals this year.', '“Demand has never been higher,” the charity said.']), 'Demand has never')).toBe('Open Door');
  });

  it('"Tidewell, the housing charity, ... the charity said" is Tidewell', () => {
    expect(speakerOf(analyzeParagraphs(['Rents rose again in March, according to Tidewell, the housing charity.', '“Families are being priced out,” the charity said.']), 'Families are being')).toBe('Tidewell');
  });
});

describe('round 33: a phrase the opening quotes from no one named, said in full later by someone named', () => {
  const paras = [
    'A bill to ban disposable vapes passed its second reading on Tuesday, after a debate in which one backbench MP called it “a solution looking for a problem.”',
    'The bill’s sponsor, Maren Ostby-Clarke, said young people were being targeted. “We have to act now,” she said.',
    'Idris Penwarden, the opposition’s health spokesman, was unmoved. “This is a solution looking for a problem, and the shops know it,” he said.',
  ];

  it('is theirs ("one backbench MP called it “…”" ... "“This is a solution looking for a problem,” he said")', () => {
    expect(sure(analyzeParagraphs(paras), 'a solution looking')).toBe('Idris Penwarden');
  });

  it('not when two people named later say it, nor a phrase of two words', () => {
    const two = [...paras, 'Ostby-Clarke replied: “It is not a solution looking for a problem. The problem is in every playground.”'];
    expect(sure(analyzeParagraphs(two), 'a solution looking')).not.toBe('Idris Penwarden');
    const short = ['One resident said the plan was “very unfair” to families.', 'Councillor Ruth Amadi said: “It is very unfair, and we will fight it.”'];
    expect(sure(analyzeParagraphs(short), 'very unfair')).not.toBe('Ruth Amadi');
  });
});

describe('round 33: a Q and A whose questions are the story\'s own short paragraphs', () => {
  const paras = [
    'Amara Okonjo-Reyes has run the Dockside Community Pantry since 2019. She spoke to Tobias Ferrell.',
    'What changed this winter?',
    '“The queue. It used to be pensioners. Now it is nurses on their way to a shift.”',
    'What do you need most?',
    '“Tins, nappies and volunteers who can drive.”',
  ];

  it('the answers are the one who spoke to the interviewer, for sure', () => {
    const res = analyzeParagraphs(paras);
    expect(sure(res, 'The queue')).toBe('Amara Okonjo-Reyes');
    expect(sure(res, 'Tins, nappies')).toBe('Amara Okonjo-Reyes');
  });

  it('not after a paragraph that is no question, nor without an interview opened', () => {
    expect(sure(analyzeParagraphs(paras.map((p) => p.replace('What changed this winter?', 'Winter changed things.'))), 'The queue')).toBeNull();
    expect(sure(analyzeParagraphs(paras.map((p) => p.replace('She spoke to Tobias Ferrell.', 'She lives in Leith.'))), 'The queue')).toBeNull();
  });
});

describe('round 33: a transcript label with a name in brackets as written ("CALLER (Steve, Arnold):")', () => {
  it('is that name, past where they are from; not for a turn without quotation marks', () => {
    const res = analyzeParagraphs([
      'Harbour Town’s chairman, Glyn Mostyn-Pryce, took calls on Radio Wyre’s phone-in on Monday night.',
      'CALLER (Deborah, Fleetwood): “Why are ticket prices going up again?”',
      'MOSTYN-PRYCE: “Because the wage bill has doubled, Deborah.”',
    ]);
    expect(sure(res, 'Why are ticket prices')).toBe('Deborah');
    const unquoted = analyzeParagraphs(['The following is an extract from the hearing.', 'CHAIR (Ruth Okafor): Chief executive, are the figures right?', 'The hearing continues.']);
    expect(unquoted.quotes.length).toBe(0);
  });
});

describe('round 33: a role labelled in capitals in the middle of a paragraph ("... then intervened. JUDGE: “…”")', () => {
  it('is whoever the story named in that role', () => {
    const res = analyzeParagraphs([
      'The trial of Declan Morrow, who denies fraud, entered its fifth day on Thursday.',
      'Judge Helen Achterberg leaned forward. JUDGE: “Mr Morrow, please answer the question you were asked.”',
    ]);
    expect(sure(res, 'Mr Morrow, please answer')).toBe('Helen Achterberg');
  });
});

describe('round 33: a role no one holds, speaking to the one it would fall to', () => {
  it('"The referee, who was not named, replied: “Mr Castellano, that is your final warning.”" is not Castellano for sure', () => {
    const res = analyzeParagraphs(['Spain’s Iker Castellano was fined for arguing with officials during the semi-final.', 'The referee, who was not named by organisers, replied: “Mr Castellano, that is your final warning.”']);
    expect(sure(res, 'Mr Castellano, that is')).not.toBe('Iker Castellano');
  });
});

describe('round 33: "The woman, who asked not to be named, told ..." then "she said"', () => {
  const paras = [
    'Police in Marlow Vale are warning about bogus gas engineers after a woman in her 70s paid £2,500 for a boiler check that never happened.',
    'The woman, who asked not to be named, told the Vale Chronicle that a man in a hi-vis jacket had called at her door.',
    '“He had a badge and a clipboard. I feel such a fool,” she said.',
  ];

  it('is the woman the story described before, unnamed', () => {
    expect(sure(analyzeParagraphs(paras), 'He had a badge')).toBe('woman (unnamed)');
  });

  it('not one the story called by another word ("A mother whose son ... / The woman, who asked not to be named")', () => {
    const other = [
      'A mother whose daughter waited nine hours in A&E has called the delay “shameful”.',
      'The woman, who asked not to be named to protect her daughter, said staff were exhausted. “Nobody came for hours,” she said.',
    ];
    expect(sure(analyzeParagraphs(other), 'Nobody came for hours')).not.toBe('woman (unnamed)');
  });
});

describe('round 33: someone else as the subject in a sentence of two words ("Her husband shrugs.") before a quote', () => {
  it('is no continuation of the last speaker for sure', () => {
    const res = analyzeParagraphs([
      'Petra Lindqvist-Obi has coached the village choir for twenty years.',
      'Her wife, Ama Lindqvist-Obi, a nurse, is less starry-eyed. “She is out four nights a week,” she says.',
      'Her wife shrugs. “Somebody has to hold the tenors together.”',
    ]);
    expect(sure(res, 'Somebody has to hold')).not.toBe('Ama Lindqvist-Obi');
  });
});

describe("round 33: the reviews' cases for the round's rules", () => {
  it('a bare question\'s answer is no one the story says spoke to someone unless the questions follow at once, the name ends that sentence, and the question speaks of no "he" or "she"', () => {
    expect(sure(analyzeParagraphs(['Kofi Mensah-Barrow talked to Ellie Novak in 2019, a year before he died.', 'His widow, Grace, now runs the charity.', 'Why keep going?', '“Because he would have wanted it.”']), 'Because he would')).toBeNull();
    expect(sure(analyzeParagraphs(['Kofi Mensah-Barrow spoke to Ellie Novak about the charity.', 'The workshop is run by Jo Park, a retired engineer. Park has fixed more than 900 bikes.', 'How does she do it?', '“Patience, and a lot of tea.”']), 'Patience')).not.toBe('Kofi Mensah-Barrow');
    expect(sure(analyzeParagraphs(['Ellie Novak spoke to Mia Torres, 38, at her home in Leeds.', 'Why quit?', '“I was exhausted.”']), 'I was exhausted')).not.toBe('Ellie Novak');
    expect(sure(analyzeParagraphs(['Sandra Cole spoke to Darren Pike hours before he vanished.', 'What did he say?', '“I’m being followed.”']), 'I’m being followed')).not.toBe('Sandra Cole');
  });

  it('"the 38-year-old wrote:" gives the next paragraph to no one for sure when the age may be another\'s', () => {
    expect(sure(analyzeParagraphs(['Mia Torres, 38, was sentenced to six years for fraud. Her victim, pensioner Joan Ellis, wept in court. In a letter to the judge, the 38-year-old wrote:', '“I am truly sorry for what I have done.”']), 'I am truly sorry')).not.toBe('Joan Ellis');
    expect(sure(analyzeParagraphs(['A 38-year-old man has been charged with fraud. Mia Torres, who lost £20,000, said she was relieved. In a letter to the court, the 38-year-old wrote:', '“I deeply regret my actions.”']), 'I deeply regret')).not.toBe('Mia Torres');
  });

  it('one who "asked" someone is no Q and A\'s interviewer unless the questions come right after', () => {
    const res = analyzeParagraphs(['Marta Quill asked the health minister, Tom Reyes, whether the hospital would close. He said no decision had been taken.', '“We need answers,” Quill said later.', 'The Gazette interviewed Reyes afterwards.', 'Q: “Will it close?”', 'A: “Not on my watch.”']);
    expect(sure(res, 'Will it close')).not.toBe('Marta Quill');
  });

  it('"saying" after "the" and a body or a person is a verb', () => {
    expect(speakerOf(analyzeParagraphs(['The strike went ahead, the RMT saying “members have had enough”.']), 'members have had enough')).toBe('RMT');
    // (the local MP is a role now, read as any role is: "saying" is its verb all the same)
    const mp = quoteOf(analyzeParagraphs(['Rachel Dunmore issued a statement on Friday, the local MP saying “the town deserves better”.']), 'the town deserves better');
    expect(mp.cue).toBe('saying');
    expect(mp.speakerId).not.toBeNull();
  });

  it('"the board said" is not a body named with that word when another board or body came between', () => {
    expect(sure(analyzeParagraphs(['The exam board Northern Qualifications has been fined. Halvorsen Foods, which sponsors its awards, said its board would meet on Monday. The board said: “We will review our sponsorship.”']), 'We will review')).not.toBe('Northern Qualifications');
    expect(sure(analyzeParagraphs(['Tidewell, the housing charity, says rents are rising. Shelterline, another housing charity, agreed. “Families are being priced out,” the charity said.']), 'Families are being')).not.toBe('Tidewell');
    expect(sure(analyzeParagraphs(['The exam board Northern Qualifications apologised for the error. Meanwhile, the school’s governing board met on Tuesday.', '“We have lost confidence in the head,” the board said.']), 'We have lost confidence')).not.toBe('Northern Qualifications');
  });

  it('a role labelled in capitals that no one in the story holds is that role unnamed, not the one last named', () => {
    expect(sure(analyzeParagraphs(['Darren Pike, 44, was interviewed by detectives. DETECTIVE: “Where were you on Friday?”']), 'Where were you')).not.toBe('Darren Pike');
  });

  it('a phrase the opening quotes is not theirs who later deny it or say whose it is', () => {
    expect(sure(analyzeParagraphs(['Critics called the plan “a reckless gamble with public money” on Tuesday.', 'The scheme will cost £3,400 per household.', '“It is not a reckless gamble with public money,” the finance minister, Tom Reed, said. “It is an investment.”']), 'a reckless gamble')).not.toBe('Tom Reed');
    expect(sure(analyzeParagraphs(['The bill passed after a debate in which an opposition MP warned it would be “unworkable in practice for small firms”.', 'Ministers welcomed the vote.', 'Tom Reyes, the business minister, said: “Critics say it is unworkable in practice for small firms. They are wrong.”']), 'unworkable in practice')).not.toBe('Tom Reyes');
    expect(sure(analyzeParagraphs(['The minister warned the strike would cause “misery for millions of commuters” as talks collapsed.', 'Union leaders said members had no choice.', 'Rail union general secretary Paula Brennan said: “The minister says this means misery for millions of commuters. The real misery is our members’ pay.”']), 'misery for millions')).not.toBe('Paula Brennan');
  });

  it('"the courier", "the examiner", "the observer" are people; "Dana Courier" is a person', () => {
    expect(speakerOf(analyzeParagraphs(['Dan Whitby, a delivery courier, found the man in the road.', '“There was blood everywhere,” the courier said.']), 'There was blood')).toBe('Dan Whitby');
    expect(speakerOf(analyzeParagraphs(['An independent election observer, Maria Lund, watched the count in Hexley.', '“I saw nothing irregular,” the observer said.']), 'I saw nothing')).toBe('Maria Lund');
    expect(speakerOf(analyzeParagraphs(['Dana Courier, 29, was one of the first through the doors.', '“I queued from 5am,” Courier said.']), 'I queued')).toBe('Dana Courier');
  });

  it('a judge who holds the role stays the speaker when she addresses a defendant of the same surname', () => {
    expect(sure(analyzeParagraphs(['Judge Ann Ward sentenced Tom Ward, no relation, to four years.', 'The judge told him: “Mr Ward, you showed no remorse.”']), 'Mr Ward, you showed')).toBe('Ann Ward');
  });
});

describe('round 33: "the 25-year-old said" is the one person the story gave that age', () => {
  it('for sure, with another person of another age named between', () => {
    const res = analyzeParagraphs([
      'Tomasz Adeyemi-Kral scored twice as Harbour City beat Linton 3-2 on Saturday.',
      'Adeyemi-Kral, 23, was booked in the first half, and Linton’s 30-year-old captain, Ewan Fairbairn, equalised twice.',
      '“I knew the second one was going in,” the 23-year-old said.',
    ]);
    expect(sure(res, 'I knew the second')).toBe('Tomasz Adeyemi-Kral');
  });
});

describe('round 33: "said the 38-year-old" after a sentence that gives someone else another age', () => {
  it('is the sentence\'s subject for sure ("Aoife Brennan said her 18-month-old son ... said the 38-year-old")', () => {
    const res = analyzeParagraphs(['A toy is being recalled.', 'Aoife Brennan said her 18-month-old son, Cathal, was rushed to hospital in May. “He went blue in seconds,” said the 38-year-old.']);
    expect(sure(res, 'He went blue')).toBe('Aoife Brennan');
  });
});

describe('round 33: a document with a participle phrase set off before its verb', () => {
  it('"The study, based on tests with 2,800 primary school pupils, says ..." is the study\'s', () => {
    const res = analyzeParagraphs(['Teachers are leaving faster than they can be trained, a union has warned.', 'The study, based on tests with 2,800 primary school pupils, says children are “burnt out before they are ten” in many schools.']);
    expect(sure(res, 'burnt out before')).toBe('the study');
  });
});

describe('round 33: "It states that ..." after a document', () => {
  it('is the document\'s ("The white paper, published in May, proposes ... It states that the ministry “…”")', () => {
    const res = analyzeParagraphs(['Farmers will protest in Cardiff on Monday.', 'The white paper, published in May, proposes a new subsidy. It states that the ministry “understands the anger in rural areas” but must cut costs.']);
    expect(sure(res, 'understands the anger')).toMatch(/paper/);
  });
});

describe('round 33: a pronoun after a quote opening a paragraph, after a paragraph about one named person', () => {
  it('is that person for sure, though the lexicon does not know the name ("Tavita Leaupepe ... / ‘…,’ he grinned")', () => {
    const res = analyzeParagraphs([
      'WIGAN - Coach Dale Ackroyd spoke first. “We were second best for 70 minutes,” Ackroyd said.',
      'Tavita Leaupepe, the half-back signed from Apia in the summer, had missed two earlier attempts.',
      '“Third time lucky. I had to shut them up,” he grinned.',
    ]);
    expect(sure(res, 'Third time lucky')).toBe('Tavita Leaupepe');
  });

  it('not when that person put a point to someone, nor when the words speak of a he or she', () => {
    const put = analyzeParagraphs([
      'Asked by presenter Ceiriog Vaughan-Ames on Radio Teifi whether the council was “abandoning” teenagers, Councillor Beatrix Lowe said: “Absolutely not.”',
      'Vaughan-Ames put it to her that attendance at the Quayside centre had risen by a third.',
      '“Then Quayside is not on the list,” she replied.',
    ]);
    expect(sure(put, 'Then Quayside')).not.toBe('Ceiriog Vaughan-Ames');
    const about = analyzeParagraphs([
      'When the council voted to rename the avenue after Itziar Etxeberria, the first woman to lead the city, the decision seemed simple.',
      'It was not. Councillor Tomas Reyes-Lind, who cast the only vote against, spent the next day on local radio explaining why.',
      'Etxeberria, who died in 2019, was a divisive figure who closed two hospitals.',
      '“I have nothing against her family. But you do not name a street after someone because she was first,” he said.',
    ]);
    expect(sure(about, 'I have nothing against')).not.toBe('Itziar Etxeberria');
  });
});

describe("round 33: the third review's cases for the round's later rules", () => {
  it('a pronoun after a paragraph about someone else stays unsure unless the words speak as "I" and do not name them', () => {
    expect(sure(analyzeParagraphs(['Rovers manager Tom Briggs praised his side after the 3-1 win over Athletic.', '“We were excellent from start to finish,” Briggs said.', 'Jack Smith scored twice in the first half and set up the third.', '“The lad was unplayable today,” he said.']), 'The lad was')).not.toBe('Jack Smith');
    expect(sure(analyzeParagraphs(['Gavin Ross spoke to reporters after the game.', '“We were poor,” Ross said.', 'Kwame Mensah scored the only goal.', '“Kwame took it well,” he said.']), 'Kwame took it')).not.toBe('Kwame Mensah');
    expect(sure(analyzeParagraphs(['Tributes have been paid to Kwame Mensah, the founder of the Galway Arts Festival, who has died aged 78.', 'Arts minister Ruth Cahill said he was a visionary.', 'Mensah founded the festival in 1978 with a borrowed tent.', '“Galway owes the man everything,” she said.']), 'Galway owes')).not.toBe('Kwame Mensah');
  });

  it('"the 25-year-old said" is no one for sure when the story gives that age twice', () => {
    expect(sure(analyzeParagraphs(['Aisling Kerr, 25, won the women’s race in a course record.', '“I am delighted,” Kerr said.', 'Another 25-year-old, Róisín Moran, was second.', '“It was hard,” the 25-year-old said.']), 'It was hard')).not.toBe('Aisling Kerr');
    expect(sure(analyzeParagraphs(['Kevin Doran, 25, was stabbed outside a nightclub in Galway on Saturday.', 'A 25-year-old man, Thomas Kiely, appeared in court charged with the assault.', '“I was only defending myself,” the 25-year-old told the court.']), 'I was only defending')).not.toBe('Kevin Doran');
    expect(sure(analyzeParagraphs(['Patrick Walsh, 25, died in the crash in 1998.', 'His son Conor, now 25 himself, has campaigned for safer roads.', '“It changed everything,” the 25-year-old said.']), 'It changed everything')).not.toBe('Patrick Walsh');
  });

  it('"said the 38-year-old" keeps its rival when the sentence before gives that age too, and is never a body', () => {
    expect(sure(analyzeParagraphs(['Ciara Flanagan said her son, 18-month-old Oisín, and her husband, a 38-year-old electrician, were both hurt in the crash.', '“We are lucky to be alive,” said the 38-year-old.']), 'We are lucky')).not.toBe('Ciara Flanagan');
    expect(sure(analyzeParagraphs(['Gardaí said a 40-year-old man had been arrested after the 3-month-old puppy was found.', '“It was skin and bone,” said the 52-year-old.']), 'It was skin')).not.toBe('Gardaí');
  });

  it('a letter, a note or a post with a phrase set off before its verb is its writer\'s; "and it stated" after someone wrote is theirs', () => {
    expect(speakerOf(analyzeParagraphs(['Tom Hayes left a note for his wife. The note, found on the kitchen table, says he was “tired of fighting”.']), 'tired of fighting')).not.toBe('the note');
    expect(speakerOf(analyzeParagraphs(['Senator Ruth Cahill posted on X late on Tuesday. Her post, deleted hours later, said the vote was “rigged”.']), 'rigged')).not.toBe('the post');
    expect(sure(analyzeParagraphs(['Anne Walsh wrote to the council in June, and it stated that she would “fight on”.']), 'fight on')).toBe('Anne Walsh');
  });
});

describe('round 33: titles listed after a colon in a sentence about works', () => {
  it('are no one\'s words ("two short films by the same director, Ama Owusu-Darko: “The Salt Road” and “Market Day.”")', () => {
    const res = analyzeParagraphs(['The restored film premieres in Accra next month alongside two short films by the same director, Ama Owusu-Darko: “The Salt Road” and “Market Day.”']);
    expect(res.quotes.filter((q) => q.speakerId).map((q) => q.text)).toEqual([]);
  });

  it('a single title-case sentence after a colon is still speech ("The director said: “Never Again.”")', () => {
    expect(speakerOf(analyzeParagraphs(['Asked about a sequel to her film, the director, Ama Owusu-Darko, said: “Never Again.”']), 'Never Again')).toBe('Ama Owusu-Darko');
  });
});

describe('round 34: who asks, in a Q and A', () => {
  it('a label in capitals that stands for a publication the story named ("She spoke to Harbour Affairs Weekly ... / HAW: “…”") is that publication', () => {
    const res = analyzeParagraphs([
      'Lucía Morales-Thorn became the ombudsman for the northern ports in March. She spoke to Harbour Affairs Weekly in Bilbao.',
      'HAW: “Which complaint surprised you most?”',
      'MORALES-THORN: “The ones about fish.”',
    ]);
    expect(sure(res, 'Which complaint')).toBe('Harbour Affairs Weekly');
    expect(sure(res, 'The ones about fish')).toBe('Lucía Morales-Thorn');
  });

  it('"Q:" on a results call is an analyst; after someone "took questions", a reporter', () => {
    const call = analyzeParagraphs(['Edited excerpts from Thursday’s results call of Pennard Bank, with finance chief Ilse Brandvold answering analysts’ questions.', 'Q: “Why did bad loans rise?”', 'A: “Two property exposures in Leeds.”']);
    expect(sure(call, 'Why did bad loans')).toBe('analyst');
    const presser = analyzeParagraphs(['Chief Constable Amaru Quispe took questions after announcing the arrests. Part of the exchange follows.', 'Q: “How many officers were hurt?”', 'A: “Four, none seriously.”']);
    expect(sure(presser, 'How many officers')).toBe('reporter');
  });
});

describe('round 34: the one who asks, named right before a Q and A without being called a journalist', () => {
  it('"She talked to Marek Lindgren about ..." then Q and A: the questions are Lindgren\'s, the answers hers', () => {
    const res = analyzeParagraphs([
      'Novelist Adaeze Fairweather-Osei has sold 200,000 copies of her first book. She talked to Marek Lindgren about luck and rejection.',
      'Q: “Did you ever think of stopping?”',
      'A: “Twice, and both times my sister sent the manuscript out again.”',
    ]);
    expect(sure(res, 'Did you ever think')).toBe('Marek Lindgren');
    expect(sure(res, 'Twice, and both')).toBe('Adaeze Fairweather-Osei');
  });

  it('"Ingrid Solvang spoke to her for our weekend section" and "presenter Dai Rhydderch put listeners\' questions to ..., Nia Okoro": the asker', () => {
    const sub = analyzeParagraphs([
      'Chef Amara Quintana-Bell closed her restaurant after two stars and eleven years. Ingrid Solvang spoke to her for our weekend section.',
      'Q: “Why walk away?”',
      'A: “I stopped tasting the food.”',
    ]);
    expect(sure(sub, 'Why walk away')).toBe('Ingrid Solvang');
    expect(sure(sub, 'I stopped tasting')).toBe('Amara Quintana-Bell');
    const put = analyzeParagraphs([
      'Radio Teifi presenter Dai Rhydderch put listeners’ questions to the leader of the county council, Nia Okoro, on Monday. An edited transcript follows.',
      'Q: “Why are bins collected fortnightly?”',
      'A: “Because the grant was cut again.”',
    ]);
    expect(sure(put, 'Why are bins')).toBe('Dai Rhydderch');
    expect(sure(put, 'Because the grant')).toBe('Nia Okoro');
  });

  it('not without the questions right after ("She talked to Marek Lindgren about luck." in a story with quotes)', () => {
    const res = analyzeParagraphs(['Novelist Adaeze Fairweather-Osei talked to Marek Lindgren about luck.', '“I was lucky,” she said.']);
    expect(speakerOf(res, 'I was lucky')).not.toBe('Marek Lindgren');
  });
});

describe('round 34: "In a statement, the ministry said ... / “…,” the statement said"', () => {
  it('is the body that issued it', () => {
    const res = analyzeParagraphs(['The government expelled three diplomats on Monday.', 'In a statement, the Interior Ministry said the three had been given 48 hours to leave.', '“We will not tolerate spying on our citizens,” the statement said.']);
    expect(sure(res, 'We will not tolerate')).toBe('Interior Ministry');
  });
});

describe("round 34: the review's cases for who asks", () => {
  it('no one named after "spoke to" asks when set off with an age or a relation, or when the question asks of a he or she', () => {
    const bro = analyzeParagraphs(['Ivo Brandt, 52, lost his farm in the flood. He spoke to Sam Brandt, 24, his younger brother, that night.', 'Q: “What did he say?”', 'A: “Come and stay with me.”']);
    expect(sure(bro, 'What did he say')).not.toBe('Sam Brandt');
    const kim = analyzeParagraphs(['Our correspondent Jo Kim spent a day with the miners. He spoke to Ben Adebayo, 31, before his shift.', 'Q: “Is it dangerous?”', 'A: “Every day.”']);
    expect(sure(kim, 'Is it dangerous')).not.toBe('Ben Adebayo');
    const reid = analyzeParagraphs(['Teacher Anna Brook was first on the scene. She spoke to Tom Reid until the ambulance came.', 'Q: “How was he?”', 'A: “Calm.”']);
    expect(sure(reid, 'How was he')).not.toBe('Tom Reid');
  });

  it('"X spoke to her" is no interview by one with another trade, and the answers are no one of the other gender', () => {
    const fire = analyzeParagraphs(['Firefighter Tom Reid spoke to her for an hour as she lay trapped. Mina Osei, 19, was freed at dawn.', 'Q: “What did you say to her?”', 'A: “That she would be fine.”']);
    expect(sure(fire, 'What did you say')).not.toBe('Tom Reid');
    const widow = analyzeParagraphs(['Ben Quill died last year. His widow has now written a book about him. Hallie Brennock spoke to her for our weekend section.', 'Q: “Why write it now?”', 'A: “Because I could.”']);
    expect(sure(widow, 'Because I could')).not.toBe('Ben Quill');
  });

  it('"put questions to the health secretary, deputising for the absent Alma Reyes": the answers are not Reyes\'s', () => {
    const res = analyzeParagraphs(['Rhys Penhall put questions to the health secretary, deputising for the absent Alma Reyes.', 'Q: “Where is the money?”', 'A: “In the budget.”']);
    expect(sure(res, 'In the budget')).not.toBe('Alma Reyes');
  });

  it('a label that is someone\'s surname is theirs, not a body\'s initials ("Grace Ho ... / HO: “…”")', () => {
    expect(sure(analyzeParagraphs(['Grace Ho, a Home Office minister, visited the camp.', 'HO: “We will act.”']), 'We will act')).toBe('Grace Ho');
  });

  it('"took questions from MPs" is no press conference; a results call earlier in the story makes no later interview\'s questions an analyst\'s', () => {
    expect(sure(analyzeParagraphs(['Prime minister Alma Reyes took questions from MPs in the Commons.', 'Q: “Why has the hospital not been built?”', 'A: “It will be.”']), 'Why has the hospital')).not.toBe('reporter');
    expect(sure(analyzeParagraphs(['Holloway Bank told analysts on its investor call that 400 jobs would go. Union organiser Kath Mills spoke to the Courier.', 'Q: “What will you do?”', 'A: “Strike.”']), 'What will you do')).not.toBe('analyst');
  });

  it('"Mary Daily ... Daily said" is Mary Daily', () => {
    expect(speakerOf(analyzeParagraphs(['Mary Daily, 61, has lived on the estate since 1980. “It has gone downhill,” Daily said.']), 'It has gone')).toBe('Mary Daily');
  });
});

describe('round 35: the asker owned by a paper, or named with where they spoke', () => {
  it('"She spoke to Clinic Weekly\'s Tam Okafor about ..." and "He spoke to Ines Barros in Lisbon.": the asker', () => {
    const paper = analyzeParagraphs(['Dr Ruth Abernethy-Lowe became director of the Harfield scanning centre in May. She spoke to Clinic Weekly’s Tam Okafor about staffing and scans.', 'Q: “How many patients have you seen?”', 'A: “Nearly nine thousand.”']);
    expect(sure(paper, 'How many patients')).toBe('Tam Okafor');
    const where = analyzeParagraphs(['Hiroshi Tanabe’s fourth film opens in Osaka next month. He spoke to Ines Barros in Lisbon. The interview has been edited for length.', 'Q: “Why one village?”', 'A: “Because I was afraid of leaving it.”']);
    expect(sure(where, 'Why one village')).toBe('Ines Barros');
  });

  it('"The Valley Ledger\'s Moira Flaherty spoke with her ...": the questions are Flaherty\'s', () => {
    const res = analyzeParagraphs(['Anjali Brar-Thompson, 34, is running for council in Ward 6. The Valley Ledger’s Moira Flaherty spoke with her at a campaign office. This interview has been edited for length.', 'Q: “Why council, and why now?”', 'A: “Because I waited two years for a bus.”']);
    expect(sure(res, 'Why council')).toBe('Moira Flaherty');
  });
});

describe("round 35: the review's cases for the asker owned by a paper or named with where", () => {
  it('no asker after "spoke to" when the paragraph calls the one who spoke a journalist, or the name was there before, or its owner is no paper', () => {
    const corr = analyzeParagraphs(['Ann Lee is our business correspondent. She spoke to Acme’s Jo Park in London.', 'Q: “Are profits falling?”', 'A: “No, they are rising.”']);
    expect(sure(corr, 'Are profits falling')).not.toBe('Jo Park');
    const kin = analyzeParagraphs(['Kenji Sato, 58, runs the Osaka plant; his daughter, Mika Sato, runs the Tokyo office. He spoke to Mika Sato in Tokyo.', 'Q: “Is your father a hard boss?”', 'A: “Very hard.”']);
    expect(sure(kin, 'Is your father')).not.toBe('Mika Sato');
    const met = analyzeParagraphs(['Ruth Holt, 50, leads the nurses’ union. She met Jo Park, the health secretary. She spoke to Jo Park in Whitehall.', 'Q: “Will you pay the nurses?”', 'A: “We will try.”']);
    expect(sure(met, 'Will you pay')).not.toBe('Jo Park');
  });

  it('"Britain\'s Jo Park spoke with him" and "She spoke to Dr Jo Park in Leeds." name no asker', () => {
    const mate = analyzeParagraphs(['Tom Reid, 24, won the 400m final. Britain’s Jo Park spoke with him after the race.', 'Q: “How did it feel?”', 'A: “Unbelievable.”']);
    expect(sure(mate, 'How did it feel')).not.toBe('Jo Park');
    const dr = analyzeParagraphs(['Ann Lee covers health for the Courier. She spoke to Dr Jo Park in Leeds.', 'Q: “Are scans late?”', 'A: “Some are.”']);
    expect(sure(dr, 'Are scans late')).not.toBe('Jo Park');
  });
});

describe('round 35: "According to Porthkerrow harbourmaster Jory Pascoe, ‘…’"', () => {
  it('is the name after the person noun, not the place that qualifies it', () => {
    const res = analyzeParagraphs(['Storm Bryn flooded the harbour overnight.', 'According to Polwenna harbourmaster Kit Trevanion, ‘it was the biggest sea I have seen here’.']);
    expect(sure(res, 'it was the biggest sea')).toBe('Kit Trevanion');
  });
});

describe("round 35: the review's cases for \"According to PLACE ROLE NAME\"", () => {
  it('not past "and" or "to" ("According to Reed and harbourmaster Jory Pascoe", "Jones mentor to footballer Ann Cole"); the quote before "according to" too', () => {
    expect(sure(analyzeParagraphs(['Tom Reed, a fisherman, said the storm was the worst he had seen.', 'According to Reed and harbourmaster Jory Pascoe, ‘We will rebuild.’']), 'We will rebuild')).not.toBe('Jory Pascoe');
    expect(sure(analyzeParagraphs(['According to Jones mentor to footballer Ann Cole, ‘She will go far.’']), 'She will go far')).not.toBe('Ann Cole');
    expect(sure(analyzeParagraphs(['Storm Bryn flooded the harbour overnight.', '‘The boats are gone,’ according to Polwenna harbourmaster Kit Trevanion.']), 'The boats are gone')).toBe('Kit Trevanion');
  });
});

describe('round 35: the subject a set-off phrase follows, and long body names before a role', () => {
  it('"The audit, due before the finance committee on Monday, says ‘…’" is the audit\'s, not the committee\'s', () => {
    const res = analyzeParagraphs(['Spending on the new pool has doubled, a council audit has found.', 'The audit, due before the finance committee on Monday, says the estimate was ‘never realistic’.']);
    expect(sure(res, 'never realistic')).not.toBe('the finance committee');
    expect(sure(res, 'never realistic')).toMatch(/audit/);
  });

  it('"A spokesman for one of the banks named in the filing, who asked not to be identified, said" is the spokesman, not the filing', () => {
    const res = analyzeParagraphs(['Three lenders were named in the regulator’s filing on Monday.', 'A spokesman for one of the banks named in the filing, who asked not to be identified, said the bank would “contest every point”.']);
    expect(sure(res, 'contest every point')).toMatch(/spokesman/);
  });

  it('"A Department for Culture, Media and Sport spokesperson" kind of name: "A Ministry of Housing and Local Government spokeswoman said:" is the spokeswoman', () => {
    const res = analyzeParagraphs(['Rents rose again in March.', 'A Ministry of Housing and Local Government spokeswoman said: “We are building more homes than ever.”']);
    expect(sure(res, 'We are building')).toMatch(/spokeswoman/);
  });
});

describe('round 35: an unnamed official with a long description, someone\'s kin after a named spokesperson, "it says" after the quote', () => {
  it('"A state transport department official who asked not to be named said ... / “…,” the official said." is that official', () => {
    const res = analyzeParagraphs(['Federal auditors faulted the bridge contractor on Monday.', 'A state transport department official who asked not to be named said the contractor had until May to respond. “If they miss it, the contract goes,” the official said.']);
    expect(sure(res, 'If they miss it')).toMatch(/official/);
    expect(sure(res, 'If they miss it')).not.toBe('Federal');
  });

  it('"The driver\'s son, reached by phone, said:" after "Harbour Buses spokesman Neil Amory said" is the son, unnamed, not the spokesman', () => {
    const res = analyzeParagraphs(['A bus driver died after collapsing at the wheel on Tuesday.', 'Harbour Buses spokesman Neil Amory said the company was “deeply saddened”.', 'The driver’s son, reached by phone, said: “He loved that route.”']);
    expect(sure(res, 'He loved that route')).toMatch(/son/);
    expect(speakerOf(res, 'He loved that route')).not.toBe('Neil Amory');
  });

  it('"The inspection report says ... “…,” it says." is the report', () => {
    const res = analyzeParagraphs(['The inspection report says the trust missed six deadlines. “Managers failed to act on repeated warnings,” it says.']);
    expect(sure(res, 'Managers failed')).toMatch(/report/);
  });
});

describe('round 35: a firm\'s one-word name before its officer\'s title is no other person', () => {
  it('"Wrenfield chief executive Torquil Baird said ... / ‘…,’ he said." with another man named before and later is Baird', () => {
    const res = analyzeParagraphs(['Bus drivers at Wrenfield have voted to strike.', 'Their union organiser, Ciarán Doherty, said: ‘This is about safety.’', 'Wrenfield chief executive Torquil Baird said the result was ‘disappointing’.', '‘We have offered a review of the rotas,’ he said. ‘That offer stands.’', 'Mr Doherty said the union would give notice.']);
    expect(sure(res, 'We have offered')).toBe('Torquil Baird');
  });
});

describe('round 35: a place name after "the" in the pronoun sentence ending the paragraph before', () => {
  it('"Torquil Tait ... said he found 300 dead fish. He blamed a chemical used at the Braemore Mill salmon farm upstream. / “…,” he said." is Tait', () => {
    const res = analyzeParagraphs(['Torquil Tait, chairman of the Ardoch Anglers, said he found 300 dead fish on Monday. He blamed a chemical used at the Braemore Mill salmon farm upstream.', '“They dose the tanks and we find the bodies,” he said.']);
    expect(sure(res, 'They dose the tanks')).toBe('Torquil Tait');
  });
});

describe('round 35: "said its lead author, Dr X of the University", "executive Otieno Were said"', () => {
  it('the name set off after an owner\'s role may have its institution after it', () => {
    const res = analyzeParagraphs(['A study published on Monday found most of the lake’s fish had gone.', '“We had to count twice,” said its lead author, Dr Ana Kealoha of the University of Hilo. “Then a third time.”']);
    expect(sure(res, 'We had to count twice')).toBe('Ana Kealoha');
  });

  it('a capitalised "Were" after a given name the lexicon does not know, before "said", is the surname', () => {
    const res = analyzeParagraphs(['County roads executive Kiprono Were said the toll had been “widely advertised”.']);
    expect(sure(res, 'widely advertised')).toBe('Kiprono Were');
  });
});

describe('round 35: "said X and that “…”", "Name, Welsh secretary of the union, said", "A report into X has found that “…”"', () => {
  it('a second clause after "and that" with no "that" before hangs on the verb of saying', () => {
    const res = analyzeParagraphs(['A spokeswoman for Harrowgate Health Board said emergency cover had been maintained throughout and that ‘no patient was turned away’.']);
    expect(sure(res, 'no patient was turned away')).toMatch(/spokeswoman/);
  });

  it('a demonym before a role opens an appositive, so the name before it speaks, not the union after it', () => {
    const res = analyzeParagraphs(['Dewi Prydderch-Jones, Welsh organiser of the Bakers and Millers Union, said the offer had ‘fallen apart’.']);
    expect(sure(res, 'fallen apart')).toBe('Dewi Prydderch-Jones');
  });

  it('"A review into the ferry service has found that …" and "An independent review of the Tay High Speed rail project has found that …" are the review\'s', () => {
    const a = analyzeParagraphs(['A damning review into the island ferry service has found that passengers were “routinely left stranded” for days.']);
    expect(sure(a, 'routinely left stranded')).toMatch(/review/);
    const b = analyzeParagraphs(['An independent review of the Tay High Speed rail project has found that its budget was ‘never credible’.']);
    expect(sure(b, 'never credible')).toMatch(/review/);
  });
});

describe('round 35: a paragraph ending "the family said:" gives the paragraphs after it to the family', () => {
  it('"In a statement released through their lawyers, the family said: / “…" / “…”" is the family\'s; "The council said: / “…”" the council\'s, named before', () => {
    const res = analyzeParagraphs(['Tomasz Lis, 41, died after a fall at a building site in Croydon.', 'In a statement released through their lawyers, the family said:', '“Tomasz went to work to feed his children. He should have come home.', '“We want to know why the scaffold was never checked.”']);
    expect(sure(res, 'Tomasz went to work')).toMatch(/family/);
    const council = analyzeParagraphs(['Bins went uncollected for a month in Ashby, and Ashby District Council apologised on Tuesday.', 'The council said:', '“We are sorry and the backlog will be cleared by Friday.”']);
    expect(sure(council, 'We are sorry')).toBe('Ashby District Council');
  });
});

describe('round 35: "Cr Papadakis" is the councillor named before; "According to one senior party official, who ..." is a source "the official said" finds', () => {
  it('"Local councillor Demetra Voulgaris ... / “…,” Cr Voulgaris said." is Demetra Voulgaris', () => {
    const res = analyzeParagraphs(['Local councillor Demetra Voulgaris accused the developer of “cutting corners”.', '“They were warned twice,” Cr Voulgaris said.']);
    expect(sure(res, 'They were warned twice')).toBe('Demetra Voulgaris');
  });

  it('"According to one senior party official, who requested anonymity, ... / “…,” the official said." is that official', () => {
    const res = analyzeParagraphs(['Liam Ferris, a former adviser, denied any wrongdoing.', 'According to one senior party official, who requested anonymity, the executive is “deeply uncomfortable”.', '“Nobody wants this in the papers,” the official said.']);
    expect(sure(res, 'Nobody wants this')).toMatch(/official/);
  });
});

describe('round 35: "X, in a statement by her press secretary, Y, described ..." is X', () => {
  it('the one whose statement it is, not the one who issued it; "She urged ..." after it is X too', () => {
    const res = analyzeParagraphs(['Governor Amaka Obi-Lawal won the appeal on Friday.', 'Governor Obi-Lawal, in a statement by her Chief Press Secretary, Femi Adeyinka, described the ruling as “a victory for democracy”.', 'She urged her rival to “join hands with us”.']);
    expect(sure(res, 'a victory for democracy')).toBe('Amaka Obi-Lawal');
    expect(sure(res, 'join hands with us')).toBe('Amaka Obi-Lawal');
  });
});

describe('round 35: "The Valley Ledger\'s Moira Flaherty spoke with her" makes the answers hers, whoever else the opening named', () => {
  it('past a capitalised word nothing showed to be a name ("Ward 6") and a paper read as a name', () => {
    const res = analyzeParagraphs(['Priya Dhanoa-Reid, 29, is running for council in Ward 4. The Fraser Valley Ledger’s Kate Morrow spoke with her at a campaign office. This interview has been edited for length.', 'Q: “Why council?”', 'A: “Because I waited two years for a bus at night.”']);
    expect(sure(res, 'Why council')).toBe('Kate Morrow');
    expect(sure(res, 'Because I waited')).toBe('Priya Dhanoa-Reid');
  });
});

describe('round 35: "Name, who kept her speech short," gives the name a gender', () => {
  it('a possessive in the relative clause set off after the name: the "she said" after it is not for sure the one quoted before, whom the story gave no gender', () => {
    const res = analyzeParagraphs(['Okonjo, the casting director, was in the audience. According to Okonjo, the story is “mostly true”.', 'Best actress went to Devika Raman-Lal, who kept her speech short. “I have nothing prepared,” she said.']);
    expect(sure(res, 'I have nothing prepared')).not.toBe('Okonjo');
  });
});

describe('round 35: "the broadcaster Imogen Tullis-Baird" is a person, not a broadcaster named so', () => {
  it('a double-barrelled name after a trade a person may follow; "the broadcaster Channel Seven" stays a body', () => {
    const res = analyzeParagraphs(['A talk at the Harrowfield Book Festival was halted on Sunday.', 'The chair of the session, the broadcaster Eilidh Fenwick-Adair, invited him to the microphone. “Go on, then,” she said.']);
    expect(sure(res, 'Go on, then')).toBe('Eilidh Fenwick-Adair');
    const body = analyzeParagraphs(['The broadcaster Channel Seven said it would “fight the ruling”.']);
    expect(sure(body, 'fight the ruling')).toBe('Channel Seven');
  });
});

describe('round 35: "Wrexford and Dee Valley Hospitals" is one body', () => {
  it('a plural head no one is called ends a body\'s name joined by "and", whatever given name opens a part of it', () => {
    const res = analyzeParagraphs(['A spokesman for Harfield and Dee Valley Hospitals said the trust was “sorry to lose her”.']);
    expect(sure(res, 'sorry to lose her')).toMatch(/spokesman/);
  });
});

describe('round 35: "A spokeswoman for the sitting member, Jane Roe, says" is the spokeswoman', () => {
  it('the person set off after the role ending the "for" phrase is whose spokeswoman she is; "Jane Roe, a councillor, says" stays Roe', () => {
    const res = analyzeParagraphs(['The town has one doctor and no bank.', 'A spokeswoman for the sitting member, Philippa Garrow, says Ms Garrow has visited “at least twice a year”.']);
    expect(sure(res, 'at least twice a year')).toMatch(/spokeswoman/);
    const own = analyzeParagraphs(['The town has one doctor and no bank.', 'Philippa Garrow, the sitting member, says she has visited “at least twice a year”.']);
    expect(sure(own, 'at least twice a year')).toBe('Philippa Garrow');
  });
});

describe('round 35: "A senior diplomat from a large country defended the language. “…,” he said." is that diplomat', () => {
  it('someone brought in indefinite and alone in the sentence before, whatever the verb, not the man quoted before', () => {
    const res = analyzeParagraphs(['Tom Ashby, a British negotiator, said the draft was “a step back”.', 'A senior diplomat from a large oil-producing country defended the wording. “You cannot ask us to switch off the lights,” he said.']);
    expect(speakerOf(res, 'You cannot ask us')).not.toBe('Tom Ashby');
    expect(sure(res, 'You cannot ask us')).toMatch(/diplomat/);
  });

  it('"the affected power stations", "the wounded teens": a participle after "the" is no verb ending the phrase', () => {
    const res = analyzeParagraphs(['An engineer at one of the affected power stations, who spoke on condition of anonymity, said the units had tripped “within seconds”.']);
    expect(sure(res, 'within seconds')).toMatch(/engineer/);
  });
});

describe('round 35: after one finishes another\'s sentence, a paragraph of quotes only is no one\'s for sure', () => {
  it('"“It started on a napkin —” Lind began. / “— in a bad café,” Osei said. / “The café was fine.”" suggests the one interrupted, unsure', () => {
    const res = analyzeParagraphs(['The painter Mara Lind and her curator, Kofi Osei, finished each other’s sentences.', '“It started on a napkin —” Lind began.', '“— in a very bad café,” Osei said.', '“The café was fine. The napkin was bad.”']);
    expect(uncertain(res, 'The café was fine')).toBe('Mara Lind');
  });
});

describe('round 35: "admitted one of the panellists, the novelist Cosmo Reyes-Lunt"', () => {
  it('is the name set off after "the" and a person noun, not the panellist unnamed', () => {
    const res = analyzeParagraphs(['The man listed three thrillers to applause. “That’s more than I’ve read this year,” admitted one of the panellists, the novelist Teodor Reyes-Lunt.']);
    expect(sure(res, 'That’s more than')).toBe('Teodor Reyes-Lunt');
  });
});

describe('round 35: "Senior coroner for North Marlshire Helena Cartwright" is the coroner, named after the area', () => {
  it('the area a role is for and the holder\'s name from a given name on are two; "the coroner said" is the holder', () => {
    const res = analyzeParagraphs(['Senior coroner for West Harlow Helena Marsh recorded a narrative conclusion into the death of Liam Foy.', 'Liam, 19, was sent home with suspected flu and died the next evening.', '“Had Liam been screened, he would have been admitted,” the coroner said.']);
    expect(sure(res, 'Had Liam been screened')).toBe('Helena Marsh');
  });
});

describe("round 35: the reviews' cases for this session's rules", () => {
  it('"One senior official, Mark Tan, said" is named; an unnamed source with someone named speaking since is no one\'s for sure', () => {
    expect(sure(analyzeParagraphs(['One senior official, Mark Tan, said the leader would resign. “It is over,” the official said.']), 'It is over')).toBe('Mark Tan');
    expect(sure(analyzeParagraphs(['According to one senior police officer, the suspect fled abroad. Detective Inspector Jo Kerr said inquiries continued. “We are following every lead,” the officer said.']), 'We are following')).toBeNull();
  });

  it('someone indefinite doing something is no source a pronoun surely means when someone was named before in the paragraph', () => {
    expect(sure(analyzeParagraphs(['Mr Dunn runs the shop. A man smashed the window last night. “I have had enough,” he said.']), 'I have had enough')).not.toBe('man (unnamed)');
    expect(sure(analyzeParagraphs(['Coach Ray Dunlop watched from the stand. A young fan invaded the pitch. “It was unacceptable,” he said.']), 'It was unacceptable')).not.toBe('young fan (unnamed)');
  });

  it('a possessive in the relative clause gives no gender when it may be another\'s', () => {
    expect(speakerOf(analyzeParagraphs(['Amy Dale, 17, vanished in June. Jordan Blake, who drove her home after the party, was the last to see her. “She seemed happy,” he said.']), 'She seemed happy')).toBe('Jordan Blake');
    expect(speakerOf(analyzeParagraphs(['Before Thabo Mokoena walked on stage, the crowd was chanting.', 'His manager, Lerato Dlamini, who has worked with him since his first mixtape, says that story grows every year. “The first time he told it, the fare was ten rand,” she says.']), 'The first time he told it')).toBe('Lerato Dlamini');
  });

  it('"in a statement by his lawyer, Ruth Kaye, said: “My client …”" is the lawyer\'s, as before', () => {
    expect(speakerOf(analyzeParagraphs(['Mr Vance, in a statement by his lawyer, Ruth Kaye, said: “My client did nothing wrong.”']), 'My client')).toBe('Ruth Kaye');
  });

  it('"A spokeswoman for the mayor, Ella Shaw, said" may be Shaw, as before', () => {
    expect(speakerOf(analyzeParagraphs(['Mayor Tom Hale was absent. A spokeswoman for the mayor, Ella Shaw, said: “He is unwell.”']), 'He is unwell')).toBe('Ella Shaw');
  });

  it('"A review into X has found that" gives no one the words the clause or an "according to" gives someone else', () => {
    expect(sure(analyzeParagraphs(['A review into the hospital has found that patients felt “like a burden”, according to relatives.']), 'like a burden')).not.toBe('the review');
    expect(sure(analyzeParagraphs(['A report into the fire at Calder Court has found that a tenant’s warning that the block was “a tinderbox” went unheeded.']), 'a tinderbox')).not.toBe('the report');
  });

  it('a Q and A\'s interviewer who spoke with two people, or with someone\'s son, answers no one for sure', () => {
    expect(sure(analyzeParagraphs(['Dr Lena Voss has led the clinic since 2015. The Ledger’s Moira Flaherty spoke with her and her deputy, Alan Pike.', 'Q: “What is the hardest part?”', 'A: “The paperwork.”']), 'The paperwork')).toBeNull();
    expect(sure(analyzeParagraphs(['Dr Lena Voss has led the clinic since 2015. The Ledger’s Moira Flaherty spoke with her son.', 'Q: “What is the hardest part?”', 'A: “The paperwork.”']), 'The paperwork')).not.toBe('Lena Voss');
  });

  it('"Professor Ian Hart and Leeds Teaching Hospitals" are two', () => {
    expect(speakerOf(analyzeParagraphs(['The report was written by Professor Ian Hart and Leeds Teaching Hospitals. “The findings are stark,” he said.']), 'The findings are stark')).toBe('Ian Hart');
  });

  it('"“We …,” it says." after a sentence about a body is not the document\'s', () => {
    expect(sure(analyzeParagraphs(['The report names Harwick Bank as the worst offender. “Our fees are fair and transparent,” it says.']), 'Our fees')).not.toBe('the report');
    expect(sure(analyzeParagraphs(['The inspection report criticises Harwick Council. “We reject the findings,” it says.']), 'We reject')).not.toBe('the report');
  });

  it('"The patient\'s daughter said" after "Ann Lee, a nurse, ... her mother" is not for sure someone unnamed', () => {
    expect(sure(analyzeParagraphs(['Ann Lee, a nurse at Harwick General, said her mother had waited 14 hours on a trolley.', 'The patient’s daughter said: “Nobody came to help her.”']), 'Nobody came') ?? '').not.toMatch(/unnamed/);
  });
});

describe("round 35: the third review's cases", () => {
  it('"a lawyer for the defendant, the businessman Mark Tanaka" is the lawyer; "One senior official, Sarah Penn\'s chief of staff," stays unnamed', () => {
    expect(sure(analyzeParagraphs(['“This is not a verdict anyone wanted,” said a lawyer for the defendant, the businessman Mark Tanaka.']), 'This is not a verdict')).not.toBe('Mark Tanaka');
    expect(sure(analyzeParagraphs(['One senior official, Sarah Penn’s chief of staff, said the deal was dead. “There is nothing left to discuss,” the official said.']), 'There is nothing left')).not.toBe('Sarah Penn');
  });

  it('"in a statement issued by his lawyer, Ruth Kaye, said: “I deny …”" is the client\'s own words', () => {
    expect(sure(analyzeParagraphs(['Mr Vance, in a statement issued by his lawyer, Ruth Kaye, said: “I deny every allegation and will clear my name.”']), 'I deny every')).not.toBe('Ruth Kaye');
  });

  it('"The mayor of Santa Clara Lisa Gillmor" is not split after "Santa"', () => {
    expect(speakerOf(analyzeParagraphs(['The mayor of Santa Clara Lisa Gillmor welcomed the deal. “It is great news,” Gillmor said.']), 'It is great news')).not.toBe('Clara Lisa Gillmor');
  });

  it('an unnamed spokeswoman stays sure when the one named since is no one reported speaking', () => {
    expect(sure(analyzeParagraphs(['A hospital spokeswoman said the boy, Liam Dunn, was stable. Dunn had been cycling home from school when he was hit. “He is comfortable and his family are with him,” the spokeswoman said.']), 'He is comfortable')).toMatch(/spokeswoman/);
  });

  it('someone indefinite is a source for "he" after a woman named before in the paragraph', () => {
    expect(sure(analyzeParagraphs(['Police named the victim as Ann Lee, 34. A neighbour rushed to help her. “I heard screaming and ran outside,” he said.']), 'I heard screaming')).toMatch(/neighbour/);
  });

  it('"The inspection report says ... “We found …,” it says." is the report', () => {
    expect(sure(analyzeParagraphs(['The inspection report says the home failed on four counts. “We found staff failed to record medication,” it says.']), 'We found staff')).toMatch(/report/);
  });

  it('a dash that only picks up the story is no interruption: "“— and everything changed,” his mother said. / “He was 17.”" is the mother', () => {
    expect(sure(analyzeParagraphs(['“I wanted to be a pilot,” said Theo Marsh.', 'Then came the accident.', '“— and everything changed,” his mother, Jean Marsh, said quietly.', '“He was 17.”']), 'He was 17')).toBe('Jean Marsh');
  });
});

describe('round 36: a Q and A\'s askers named in more of the ways edited transcripts name them', () => {
  it('"Questions were put by the Gazette\'s arts editor, Sorcha Delaney." asks; the one person named before answers', () => {
    const res = analyzeParagraphs(['Kenji Morimoto has driven a taxi in Osaka for 33 years. His first collection came out last month. Questions were put by the Courier’s arts editor, Niamh Costigan.', 'Q: “How many poems is that?”', 'A: “More than forty thousand.”']);
    expect(sure(res, 'How many poems')).toBe('Niamh Costigan');
    expect(sure(res, 'More than forty thousand')).toBe('Kenji Morimoto');
  });

  it('"She spoke to Pulp & Board Weekly\'s Anselm Duarte about ..." asks, past the ampersand in the paper\'s name', () => {
    const res = analyzeParagraphs(['Fiona Lund took over as chief executive of Nordvik Paper in January. She spoke to Pulp & Board Weekly’s Tomas Varga about energy prices.', 'Q: “What did you learn?”', 'A: “That you tell people early.”']);
    expect(sure(res, 'What did you learn')).toBe('Tomas Varga');
  });

  it('"Questions were put by accredited correspondents" makes the questions a correspondent\'s, unnamed', () => {
    const res = analyzeParagraphs(['Below is an excerpt from Thursday’s briefing at the foreign ministry, conducted by spokesperson Dalia Kerimova. Questions were put by accredited correspondents.', 'Q: “Will the ambassador be recalled?”', 'KERIMOVA: “There is no such decision.”']);
    expect(sure(res, 'Will the ambassador')).toBe('correspondent (unnamed)');
  });
});

describe('round 36: a Q and A whose asker no rule reads is for review; "our correspondent Jonah Adeyemi" asks', () => {
  it('"Q:" with no asker found, in a story that has named two people or more, is no one\'s for sure', () => {
    const res = analyzeParagraphs(['Ines Duarte, 34, sheltered with her children in a church. Her brother Paulo Duarte stayed behind.', 'Q: “What do you remember of the night?”', 'A: “First the rain, then the roof.”']);
    expect(sure(res, 'What do you remember')).toBeNull();
    const one = analyzeParagraphs(['Ines Duarte, 34, sheltered with her children in a church.', 'Q: “What do you remember of the night?”', 'A: “First the rain, then the roof.”']);
    expect(sure(one, 'What do you remember')).toBe('interviewer');
  });

  it('"She spoke to our correspondent Jonah Adeyemi the following morning." makes him the asker', () => {
    const res = analyzeParagraphs(['Farida Mussa, 34, sheltered with her three children in a church. She spoke to our correspondent Kwame Boateng the following morning.', 'Q: “What do you remember of the night?”', 'A: “First the rain, then a sound like a train.”']);
    expect(sure(res, 'What do you remember')).toBe('Kwame Boateng');
    expect(sure(res, 'First the rain')).toBe('Farida Mussa');
  });
});

describe('round 36: bodies named with commas, and with "and" after a spokesperson\'s "for"', () => {
  it('"A Foreign, Commonwealth and Development Office spokesperson said:" is the spokesperson', () => {
    expect(sure(analyzeParagraphs(['Her husband has been held for seven months.', 'A Foreign, Commonwealth and Development Office spokesperson said: ‘We are in contact with his family.’']), 'We are in contact')).toMatch(/spokesperson/);
  });

  it('"A spokesperson for Kessock Fire and Rescue said:" is the spokesperson, not "Rescue"', () => {
    expect(sure(analyzeParagraphs(['A woman died in a house fire on Monday.', 'A spokesperson for Dunmore Fire and Rescue said: “The fire started in the kitchen.”']), 'The fire started')).toMatch(/spokesperson/);
  });

});

describe('round 36: "“…,” the letter begins." and a transcript\'s "OPERATOR:"', () => {
  it('a document with a verb a piece of writing says its words with is the document', () => {
    const res = analyzeParagraphs(['More than 200 judges have signed an open letter against the amendment.', '“We write not as members of any party but as servants of the law,” the letter begins.']);
    expect(sure(res, 'We write not')).toBe('the letter');
  });

  it('"OPERATOR:" on an emergency call is the operator, unnamed, for sure', () => {
    const res = analyzeParagraphs(['Jurors heard the 999 call made by Ivan Petrov, 52.', 'OPERATOR: “Emergency, which service?”', 'PETROV: “Ambulance. My wife has fallen.”']);
    expect(sure(res, 'Emergency, which')).toBe('operator');
  });
});

describe('round 36: "confirmed Mr Tautahi-Walker died before the car was set alight"', () => {
  it('one the story says died, right after the name, is no rival for the detective\'s "he said"', () => {
    const res = analyzeParagraphs(['The man has been named as Rangi Tane-Walker, 37.', 'Detective Inspector Lachlan Moffatt said a post-mortem had confirmed Mr Tane-Walker died before the fire.', '“We are treating this as a homicide,” he said.']);
    expect(sure(res, 'We are treating this')).toBe('Lachlan Moffatt');
  });
});

describe('round 36: a story\'s opening describes someone the next paragraph names in that role', () => {
  it('"... accused of “…” by the chair of the committee. / The chair, Olusegun Fairweather, pressed ..." is Fairweather', () => {
    const res = analyzeParagraphs(['Supermarket bosses were accused of “profiteering in plain sight” by the chair of the business committee on Tuesday.', 'The chair, Olu Fairweather, pressed the chief executives on their margins.']);
    expect(sure(res, 'profiteering in plain sight')).toBe('Olu Fairweather');
  });

  it('not one the next paragraph names in another role', () => {
    const other = analyzeParagraphs(['Supermarket bosses were accused of “profiteering” by the chair of the business committee on Tuesday.', 'The clerk, Olu Fairweather, read the charges.']);
    expect(sure(other, 'profiteering')).not.toBe('Olu Fairweather');
  });
});

describe("round 36: the review's cases", () => {
  it('"our correspondent" asks only after "she/he spoke to"; "Questions were put by" one asker, in a passive intro', () => {
    expect(sure(analyzeParagraphs(['Presenter Kate Innes spoke to our reporter Sam Ojo, who had just left the courtroom.', 'Q: “What did the judge say?”', 'A: “Guilty on all counts.”']), 'What did the judge')).not.toBe('Sam Ojo');
    expect(sure(analyzeParagraphs(['The paper’s editor spoke to our correspondent Jonah Adeyemi, who was in Kyiv.', 'Q: “What is the mood?”', 'A: “Tense.”']), 'What is the mood')).not.toBe('Jonah Adeyemi');
    expect(sure(analyzeParagraphs(['Questions were put by MPs Ann Lee and Tom Baird to the minister, Felix Osei.', 'Q: “Is the scheme working?”', 'A: “Yes.”']), 'Is the scheme') ?? '').not.toMatch(/Ann Lee/);
    expect(sure(analyzeParagraphs(['At Prime Minister’s Questions, questions asked by opposition leader Nia Rees went unanswered. Later the prime minister, Owen Harte, gave an interview to the Ledger.', 'Q: “Why not answer her?”', 'A: “I did.”']), 'Why not answer')).not.toBe('Nia Rees');
  });

  it('questioners named in a sentence before an interview set after it are not the interview\'s', () => {
    expect(sure(analyzeParagraphs(['Last week questions were put by residents at a public meeting. This week the developer’s director, Sam Ure, spoke to the Echo.', 'Q: “Will the homes be affordable?”', 'A: “A third of them.”']), 'Will the homes')).not.toBe('resident (unnamed)');
  });

  it('a death reported in a sentence marks no one else of that surname, and no one quoted later, dead', () => {
    expect(sure(analyzeParagraphs(['Police said Mr Tautahi-Walker died at the scene. His brother Rangi Tautahi-Walker said the family was heartbroken.', '“He was the kindest man,” he said.']), 'He was the kindest')).toBe('Rangi Tautahi-Walker');
    expect(sure(analyzeParagraphs(['Her lawyer, Tom Greer, said Mrs Akers thought Ben Akers was killed in the crash, and only learned later he had survived. Ben Akers said he was sorry.', '“I should have called,” he said.']), 'I should have called')).not.toBe('Tom Greer');
  });

  it('the next paragraph\'s "shadow", "opposing", "new" holder, or one of another place, is not the one the opening described', () => {
    expect(sure(analyzeParagraphs(['“We will not back down,” the minister said.', 'The shadow minister, Priya Lal, said the government was out of touch.']), 'We will not back down')).not.toBe('Priya Lal');
    expect(sure(analyzeParagraphs(['“Mistakes were made,” the coach said after the defeat.', 'The opposing coach, Dan Byrne, was gracious.']), 'Mistakes were made')).not.toBe('Dan Byrne');
    expect(sure(analyzeParagraphs(['“There was no cover-up,” the chief executive said.', 'The new chief executive, Fiona Gale, who takes over in May, declined to comment.']), 'There was no cover-up')).not.toBe('Fiona Gale');
    expect(sure(analyzeParagraphs(['“There was no cover-up,” the headteacher said.', 'The headteacher of a neighbouring school, Carol Penn, said she agreed.']), 'There was no cover-up')).not.toBe('Carol Penn');
  });
});

describe("round 36: the second review's cases", () => {
  it('a name after its title alone, opening the next paragraph, is not the one the opening described', () => {
    expect(sure(analyzeParagraphs(['“We were beaten by the better team,” the coach said.', 'Winning coach Martin Doyle said his players had been superb.']), 'We were beaten')).not.toBe('Martin Doyle');
    expect(sure(analyzeParagraphs(['Two ministers clashed over the budget on Monday. “This is not the time for tax cuts,” the minister said.', 'Finance Minister Jo Park said the cuts were affordable.']), 'This is not the time')).not.toBe('Jo Park');
    expect(sure(analyzeParagraphs(['“We acted within the law,” the chief constable said.', 'Chief Constable Neil Baird, who retired last year, said the force had failed.']), 'We acted within')).not.toBe('Neil Baird');
  });

  it('"She spoke to our correspondent X" after a presenter was named is the correspondent answering', () => {
    expect(sure(analyzeParagraphs(['Presenter Kate Innes opened the programme from London. She spoke to our correspondent Jonah Adeyemi, who was in the square.', 'Q: “What did you see?”', 'A: “Smoke everywhere.”']), 'What did you see')).not.toBe('Jonah Adeyemi');
  });
});

describe('round 37: more Q and A intros', () => {
  it('"faced the media in Cape Town on Tuesday. An edited transcript follows." makes the questions a reporter\'s', () => {
    const res = analyzeParagraphs(['Head coach Pieter-Jan Marais faced the media in Cape Town on Tuesday. An edited transcript of the exchange follows.', 'Q: “Does being outsiders bother you?”', 'Marais: “Not at all.”']);
    expect(sure(res, 'Does being outsiders')).toBe('reporter');
  });

  it('"Vaidehi Raman, a retired chief engineer ..., spoke to Karthik Subramaniam about ..." : he asks, she answers', () => {
    const res = analyzeParagraphs(['The drains failed again. Vaidehi Raman, a retired chief engineer who now advises residents, spoke to Karthik Subramaniam about what the city gets wrong.', 'Q: “Was it simply too much rain?”', 'A: “No. The drains do not connect.”']);
    expect(sure(res, 'Was it simply')).toBe('Karthik Subramaniam');
    expect(sure(res, 'No. The drains')).toBe('Vaidehi Raman');
  });

  it('"the committee\'s chairman, Delroy Whitter-Campbell, sat down with the Observer Weekly\'s Shanice Bellamy"', () => {
    const res = analyzeParagraphs(['Days after the committee grilled officials, the committee’s chairman, Delroy Whitter-Campbell, sat down with the Observer Weekly’s Shanice Bellamy. The interview has been edited for length.', 'Q: “Are you satisfied with the answers?”', 'A: “Satisfied is a strong word.”']);
    expect(sure(res, 'Are you satisfied')).toBe('Shanice Bellamy');
    expect(sure(res, 'Satisfied is a strong')).toBe('Delroy Whitter-Campbell');
  });
});

describe('round 37: a transcript label with the name in brackets after a role', () => {
  it('"CHAIR (Cllr Isla Ferguson-Obi):", then "CHAIR:", and "OFFICER (Mr Lennox):" are those named', () => {
    const res = analyzeParagraphs(['The following is an excerpt from the transcript of the community council meeting.', 'CHAIR (Cllr Morag Ferguson-Obi): “We’ll take questions from the public now.”', 'MR DRUMMOND: “Where am I meant to go?”', 'CHAIR: “That is a fair question.”', 'OFFICER (Mr Lennox): “The nearest facility is the library.”']);
    expect(sure(res, 'We’ll take questions')).toBe('Morag Ferguson-Obi');
    expect(sure(res, 'That is a fair question')).toBe('Morag Ferguson-Obi');
    expect(sure(res, 'The nearest facility')).toMatch(/Lennox/);
  });
});

describe('round 37: "Co Kildare", "her Honour said", and "That was the response of ..." after a quote', () => {
  it('"said the Co Kildare-based trainer" is no one called "Co"; "Co Clare dairy farmer Eileen Moriarty" is no "Clare"', () => {
    const res = analyzeParagraphs(['Aoife Brannigan-Quigley saddled her first winner on Sunday.', '“I was beginning to think it would never happen,” said the Co Kildare-based trainer.']);
    expect(speakerOf(res, 'I was beginning')).not.toBe('Co');
    const farmer = analyzeParagraphs(['Opponents, led by Co Clare dairy farmer Eileen Moriarty, had argued against the merger.', '“We will hold them to every promise,” she said.']);
    expect(sure(farmer, 'We will hold them')).toBe('Eileen Moriarty');
  });

  it('"her Honour said" is the judge the story named', () => {
    const res = analyzeParagraphs(['Justice Helen Marchetti sentenced Tran to 18 years.', '‘The deceased was unarmed,’ her Honour said.']);
    expect(sure(res, 'The deceased was unarmed')).toBe('Helen Marchetti');
  });

  it('a quote-only paragraph the next paragraph gives to someone else ("That was the response of a spokesman") is not the last speaker\'s for sure', () => {
    const res = analyzeParagraphs(['Siobhán Kearney, 44, a nurse, was injured in the attack.', '“We had painted the trucks white,” she said.', '“Ireland has been clear that attacks on aid workers are unlawful.”', 'That was the response of a spokesman for the Department of Foreign Affairs.']);
    expect(sure(res, 'Ireland has been clear')).not.toBe('Siobhán Kearney');
  });
});

describe('round 37: a wire story\'s opening quotes someone it describes and may name them as the next paragraph opens', () => {
  it('"A senior aviation official told a subcommittee ... “a critical level.” / Marcus Delacroix-Finn, the agency\'s chief operating officer, said ..." suggests Delacroix-Finn, for review (the paragraph may as well name someone answering)', () => {
    const res = analyzeParagraphs(['WASHINGTON (AP) — A senior aviation official told a House subcommittee Wednesday that staffing shortages had reached “a critical level.”', 'Marcus Delacroix-Finn, the agency’s chief operating officer for air traffic, said 41 facilities were short-staffed.']);
    expect(uncertain(res, 'a critical level')).toBe('Marcus Delacroix-Finn');
    const rebuttal = analyzeParagraphs(['A senior aviation official told a House subcommittee on Tuesday that staffing had reached “a critical level.”', 'Jo Park, the opposition’s transport spokesman, said the claim was alarmist.']);
    expect(sure(rebuttal, 'a critical level')).not.toBe('Jo Park');
  });

  it('not past the opening paragraph, nor one the opening keeps unnamed, nor when the next paragraph names someone without a verb of saying', () => {
    const later = analyzeParagraphs(['Staffing at radar sites is falling.', 'A senior aviation official told a subcommittee that shortages had reached “a critical level.”', 'Marcus Delacroix-Finn, the agency’s chief operating officer, said 41 facilities were short.']);
    expect(sure(later, 'a critical level')).not.toBe('Marcus Delacroix-Finn');
    const kept = analyzeParagraphs(['A senior aviation official, who asked not to be named, said shortages had reached “a critical level.”', 'Marcus Delacroix-Finn, the agency’s chief operating officer, said 41 facilities were short.']);
    expect(sure(kept, 'a critical level')).not.toBe('Marcus Delacroix-Finn');
    const noVerb = analyzeParagraphs(['A senior aviation official told a subcommittee that shortages had reached “a critical level.”', 'Marcus Delacroix-Finn, the agency’s chief operating officer, resigned last year.']);
    expect(sure(noVerb, 'a critical level')).not.toBe('Marcus Delacroix-Finn');
  });
});

describe("round 37: the review's cases", () => {
  it('"CALLER (CARDIFF):" is no one called Cardiff; "his Honour said" with no judge named is no one named for sure', () => {
    expect(speakerOf(analyzeParagraphs(['CALLER (CARDIFF): “I’ve been waiting three weeks.”', 'PRESENTER (JO PARK): “That’s terrible.”']), 'I’ve been waiting')).not.toBe('Cardiff');
    expect(sure(analyzeParagraphs(['Mr Byrne said his Honour had been “misled.”', '“I was not misled,” his Honour said.']), 'I was not misled')).not.toBe('Byrne');
  });

  it('"That was in 2019, when ..." after a quote-only paragraph gives it to no one else', () => {
    expect(sure(analyzeParagraphs(['“The plan will go ahead,” minister Aoife Kennedy said.', '“We will not be deterred.”', 'That was in 2019, when the scheme was first proposed.']), 'We will not be deterred')).toBe('Aoife Kennedy');
  });
});

describe('a transcript\'s questions are marked as asked, for the Sources panel', () => {
  it('"Q:" turns and the named interviewer\'s turns ask; answers and callers do not', () => {
    const res = analyzeParagraphs(['The committee’s chairman, Delroy Whitter-Campbell, sat down with the Observer Weekly’s Shanice Bellamy.', 'Q: “Are you satisfied?”', 'A: “Satisfied is a strong word.”']);
    expect(quoteOf(res, 'Are you satisfied').asks).toBe(true);
    expect(quoteOf(res, 'Satisfied is a strong').asks).toBeUndefined();
    const radio = analyzeParagraphs(['Listeners heard council leader Olwen Pryce-Idris on the breakfast programme. An edited transcript of her exchange with presenter Gareth Mbeki follows.', 'GARETH MBEKI: “Why should anyone believe you now?”', 'OLWEN PRYCE-IDRIS: “Because I am being straight with them.”', 'CALLER: “I taught my kids to swim in that pool.”']);
    expect(quoteOf(radio, 'Why should anyone').asks).toBe(true);
    expect(quoteOf(radio, 'Because I am being').asks).toBeUndefined();
    expect(quoteOf(radio, 'I taught my kids').asks).toBeUndefined();
  });
});

describe('round 38 (begun): Q and A intros', () => {
  it('"She spoke to Ledger Quarterly\'s Kofi Mensah-Boateng." asks, even when the first question says "them"', () => {
    const res = analyzeParagraphs(['Siobhán Mac Giolla Rua took over Brennock Logistics in 2019, when a bank had stopped returning calls. It now has 600 lorries. She spoke to Ledger Quarterly’s Kofi Mensah-Boateng.', 'Q: “What did the bank say when you called them last year?”', 'A: “They asked me in for a coffee.”']);
    expect(sure(res, 'What did the bank')).toBe('Kofi Mensah-Boateng');
  });

});



describe("round 38 (begun): the review's cases", () => {
  it('"spoke to Rosa Lindqvist from her farm" makes her no asker (the one spoken to "from her home" may be the one at home, answering)', () => {
    const res = analyzeParagraphs(['Ahmed Sadiq, a councillor, spoke to Rosa Lindqvist from her farm outside Dumfries, where flood water still covers the fields.', 'Q: “How much have you lost?”', 'A: “Everything.”']);
    expect(sure(res, 'How much have you lost')).not.toBe('Rosa Lindqvist');
  });

  it('"COURT:" is read as it was before (a surname as often as a court): "Margaret Court ... / COURT: “Not at all.”" is no judge\'s', () => {
    const res = analyzeParagraphs(['Tennis great Margaret Court was sued by Judge Ann Frey in 2019 over a radio interview.', 'MENSAH-BOATENG: “Do you regret it?”', 'COURT: “Not at all.”']);
    expect(sure(res, 'Not at all')).not.toBe('Ann Frey');
  });
});

describe('round 39: a role for a field, then the name', () => {
  it('"said its head of operations, Cathal Ó Dúill" is Ó Dúill (failure kind 1), not the company named before', () => {
    const res = analyzeParagraphs(['Grid operator Lumen Networks said crews had been moved west. “We expect outages,” said its head of operations, Cathal Ó Dúill.']);
    expect(sure(res, 'We expect outages')).toBe('Cathal Ó Dúill');
    const dir = analyzeParagraphs(['Harbour Freight said the port would reopen. “The cranes are safe,” said its director of communications, Ines Varga.']);
    expect(sure(dir, 'The cranes are safe')).toBe('Ines Varga');
  });
});

describe('round 39: a verb of calling and a description in lower case; a role described twice', () => {
  it('"called the episode “a shambles from start to finish”" is the caller\'s words; "called the episode “The Long Goodbye”" stays a title', () => {
    const res = analyzeParagraphs(['Opposition leader Dermot Kealy called the episode “a shambles from start to finish” and demanded a statement.']);
    expect(sure(res, 'a shambles from start')).toBe('Dermot Kealy');
    const title = analyzeParagraphs(['The broadcaster called the episode “The Long Goodbye” in its listings.']);
    expect(title.quotes).toHaveLength(0);
  });

  it('"The festival\'s jury president, the German actor Helmut Vossberg, said" is Vossberg (failure kind 1), not the role unnamed', () => {
    const res = analyzeParagraphs(['The festival’s jury president, the German actor Helmut Vossberg, said the film was “a small miracle of patience”.']);
    expect(sure(res, 'a small miracle')).toBe('Helmut Vossberg');
    const friend = analyzeParagraphs(['Jane Roe, a friend of the actor Helmut Vossberg, said the film was “a small miracle of patience”.']);
    expect(sure(friend, 'a small miracle')).toBe('Jane Roe');
  });
});

describe('round 39: an opening describes an office holder the next paragraph names with that title', () => {
  it('"The city\'s mayor used her address ..., telling councillors the system “...” / Mayor Thandi Mokoena said" is Mokoena; a former mayor is not', () => {
    const res = analyzeParagraphs(['The city’s mayor used her annual address on Friday to announce a review of bus fares, telling councillors the current system “punishes the people who ride most.”', 'Mayor Thandi Mokoena said the review would be done before the budget.']);
    expect(sure(res, 'punishes the people')).toBe('Thandi Mokoena');
    const former = analyzeParagraphs(['The city’s mayor said the current system “punishes the people who ride most.”', 'Former mayor Piet Olivier said the review was overdue.']);
    expect(sure(former, 'punishes the people')).not.toBe('Piet Olivier');
  });
});

describe('round 39: words someone heard, or someone unnamed said, after a colon', () => {
  it('"Stroke nurses say they hear the same sentence again and again: “...”" names no one', () => {
    const res = analyzeParagraphs(['Paramedics say they hear the same words on every call: “I didn’t want to be a bother.”']);
    expect(quoteOf(res, 'I didn’t want to be a bother').speakerName ?? null).toBeNull();
  });

  it('"X says that at a meeting, someone in the room said: “...”" is not X\'s; "X said: “Someone will pay”" is', () => {
    const res = analyzeParagraphs(['In a sworn statement, Imelda Craske says that at a meeting in March, someone in the room said: “We’ll sit on this until after the vote.”']);
    expect(quoteOf(res, 'We’ll sit on this').speakerName ?? null).toBeNull();
    const own = analyzeParagraphs(['Imelda Craske said: “Someone will pay for this.”']);
    expect(sure(own, 'Someone will pay')).toBe('Imelda Craske');
  });
});

describe('round 39: a verb of saying after a name set off is no described group; someone unnamed shouting', () => {
  it('"..., Dale Voorhees, said members felt “gut-punched.”" is Voorhees, not a group called "said members"', () => {
    const res = analyzeParagraphs(['The Harlan Creek fire company’s current chief, Dale Voorhees, said members felt “gut-punched.”']);
    expect(sure(res, 'gut-punched')).toBe('Dale Voorhees');
  });

  it('"In the stairwell, she said, someone shouted “Go up, not down!”" names no one; nor does "Someone shouted:"', () => {
    const res = analyzeParagraphs(['Amira Haddad lives on the 14th floor.', 'In the stairwell, she said, someone shouted “Go up, not down!” and half the people turned around.']);
    expect(quoteOf(res, 'Go up, not down').speakerName ?? null).toBeNull();
    const colon = analyzeParagraphs(['Amira Haddad lives on the 14th floor. Someone shouted: “Go up, not down!”']);
    expect(quoteOf(colon, 'Go up, not down').speakerName ?? null).toBeNull();
  });
});

describe('round 39: a spokesperson for a body named after it; what a thing reads; a surname the lexicon knows as a place', () => {
  it('"A spokesperson for the testing authority, the National Anti-Doping Bureau, said" is the spokesperson (failure kind 5), not the body', () => {
    const res = analyzeParagraphs(['A spokesperson for the testing authority, the National Anti-Doping Bureau, said it would “study the panel’s reasoning” before deciding.']);
    // (round 47: the description runs on through "the testing authority", a word that may be a verb
    // before a body's noun)
    expect(sure(res, 'study the panel')).toBe('spokesperson for the testing authority (unnamed)');
    const body = analyzeParagraphs(['The teachers union, the Brightwater Education Association, said the offer was “an insult”.']);
    expect(sure(body, 'an insult')).toBe('Brightwater Education Association');
  });

  it('"The card, Marchetti said, read: “...”" is not Marchetti\'s', () => {
    const res = analyzeParagraphs(['Duchâtel sent flowers at the interval. The card, Marchetti said, read: “You are saving my night.”']);
    expect(quoteOf(res, 'You are saving my night').speakerName ?? null).not.toBe('Marchetti');
  });

  it('"Pennington has sung for decades. “...,” said the 91-year-old." is Arthur Pennington, named before, not the last woman quoted', () => {
    const res = analyzeParagraphs(['“I will remember that until I die,” said Arthur Pennington, the choir’s oldest member.', 'Musical director Gwenllian Thomas-Okeke said the arrangement had been the members’ idea.', 'Pennington has sung in chapel choirs for decades. “Eighty-five years of hymns and I win my first prize,” said the 91-year-old.']);
    expect(sure(res, 'Eighty-five years')).toBe('Arthur Pennington');
  });
});

describe('round 39: an unnamed official at a body described before its name; an analyst named in brackets with the firm', () => {
  it('"An official at the national Ministry of Health said ... “almost certainly higher”" is the official (failure kind 5), not the ministry', () => {
    const res = analyzeParagraphs(['An official at the national Ministry of Health, who asked not to be named, said the number was “almost certainly higher” because of the floods.']);
    expect(sure(res, 'almost certainly higher')).toMatch(/^official .*\(unnamed\)$/);
    const campaign = analyzeParagraphs(['A spokesperson for the campaign group Fossil Free North said the protest had been “peaceful and proportionate”.']);
    expect(sure(campaign, 'peaceful and proportionate')).toMatch(/^spokesperson .*\(unnamed\)$/);
    const named = analyzeParagraphs(['A spokesman for the Ministry of Health, Dr Peter Obi, said the number was “almost certainly higher”.']);
    expect(sure(named, 'almost certainly higher')).toBe('Peter Obi');
  });

  it('"ANALYST (Rune Haugland, Skagerrak Capital): “...”" is Haugland', () => {
    const res = analyzeParagraphs(['The following is an excerpt from the results call.', 'ANALYST (Rune Haugland, Skagerrak Capital): “Can you say what that did to the margin?”', 'BERGQVIST: “Roughly two points.”']);
    expect(sure(res, 'Can you say what')).toBe('Rune Haugland');
  });
});

describe('round 39: a constituency no lexicon knows; a family name given', () => {
  it('"Wanjiru Kamau-Odhiambo, who represents Nyando, said ... / “...,” she said." is sure: Nyando is a place, no one who could be "she"', () => {
    const res = analyzeParagraphs(['Wanjiru Kamau-Odhiambo, who represents Nyando, said the delay lay with the committee.', '“The money is there,” she said.']);
    expect(sure(res, 'The money is there')).toBe('Wanjiru Kamau-Odhiambo');
  });

  it('"A duck farmer, who gave only his family name, Trần, said ... “...,” he said." is Trần, sure', () => {
    const res = analyzeParagraphs(['A duck farmer in Cao Lãnh district, who gave only his family name, Trần, said he had lost his flock. “Compensation comes months later,” he said.']);
    expect(sure(res, 'Compensation comes')).toBe('Trần');
  });
});

describe('round 39: a firm after a job\'s "at", whatever first name it opens with', () => {
  it('"Ruth Nyambura, an analyst at Savanna Metrics, says ... / “...,” she says." is sure: the firm is no "she"', () => {
    const res = analyzeParagraphs(['“Most of the shopkeepers use mobile money,” Wanjiru Kamau says.', 'Ruth Nyambura, an analyst at Savanna Metrics, says digital lenders have stumbled.', '“The first two years always look beautiful,” she says.']);
    expect(sure(res, 'The first two years')).toBe('Ruth Nyambura');
  });
});

describe('round 39: a role kept unnamed by a clause with a verb of asking in it, before the verb', () => {
  it('"The owner, who asked not to be named, said the animal had “...”" is "owner (unnamed)" (failure kind 5), not the last man named', () => {
    const res = analyzeParagraphs(['That neighbor, Dwayne Pettigrew, 41, said he did not think twice.', 'The owner, who asked not to be named, said the animal had “never shown aggression before.”']);
    expect(sure(res, 'never shown aggression')).toBe('owner (unnamed)');
    const told = analyzeParagraphs(['That neighbor, Dwayne Pettigrew, 41, said he did not think twice.', 'The dog’s owner, who declined to give her name, told a reporter the animal had “never shown aggression before.”']);
    expect(sure(told, 'never shown aggression')).toMatch(/owner \(unnamed\)$/);
  });
});

describe('round 39: the field a role is for; "Her speech ended:" before the words', () => {
  it('"Tuvalu’s minister for climate change, Solomone Taufa Fifita, drew an ovation" has Fifita as its subject, not "Tuvalu’s minister"', () => {
    const res = analyzeParagraphs(['Tuvalu’s minister for climate change, Solomone Taufa Fifita, drew a standing ovation on Friday with a speech that departed from his text.', '“I was going to read you a list of numbers today.”']);
    const q = quoteOf(res, 'I was going to read');
    expect(q.speakerName ?? res.cast.find((c) => c.id === q.suggestedSpeakerId)?.name).toBe('Solomone Taufa Fifita');
    expect(res.cast.some((c) => /Tuvalu’s minister/.test(c.name))).toBe(false);
  });

  it('"Accepting the award, Nnenna Adebayo-Hart paid tribute to her mother. Her speech ended: / “...”" is hers', () => {
    const res = analyzeParagraphs(['Nnenna Adebayo-Hart won the prize on Thursday.', 'Accepting the award, Nnenna Adebayo-Hart paid tribute to her late mother. Her speech ended:', '“My mother could gut a mackerel in eleven seconds.”']);
    expect(sure(res, 'My mother could gut')).toBe('Nnenna Adebayo-Hart');
  });
});

describe("round 39: the review's cases", () => {
  const who = (res: AttributionResult, start: string) => {
    const q = quoteOf(res, start);
    return q.speakerName ?? res.cast.find((c) => c.id === q.suggestedSpeakerId)?.name ?? null;
  };

  it('an office holder named by title next is not one of a neighbouring place, nor a title a body\'s head shares', () => {
    const other = analyzeParagraphs(['The city’s mayor used her annual address to defend the new bus network, telling councillors the system was “finally working for the people who need it most”.', 'Mayor Hendrik Claassen of neighbouring Stellenbosch said his council would copy the scheme next year.']);
    expect(who(other, 'finally working')).not.toBe('Hendrik Claassen');
    const union = analyzeParagraphs(['The union’s president told delegates the government’s pay offer was “an insult to every nurse in this country”.', 'President Tomas Brenner said on Friday that there was no more money.']);
    expect(who(union, 'an insult to every')).not.toBe('Tomas Brenner');
  });

  it('"Everyone froze until he yelled: “...”" is his; "said he had heard the complaints before and had a simple answer: “...”" is his', () => {
    const yelled = analyzeParagraphs(['Firefighter Joe Mwangi recalled the night of the blaze. Everyone froze until he yelled: “Get out now!”']);
    expect(sure(yelled, 'Get out now')).toBe('Joe Mwangi');
    const heard = analyzeParagraphs(['Asked about the criticism, Health Minister Lars Nyberg said he had heard the complaints before and had a simple answer: “We are hiring as fast as we can.”']);
    expect(sure(heard, 'We are hiring')).toBe('Lars Nyberg');
  });

  it('"A lawyer for the club\'s owner, the Qatari businessman Hamad Al-Sulaiti, said" is not Al-Sulaiti\'s', () => {
    const res = analyzeParagraphs(['A lawyer for the club’s owner, the Qatari businessman Hamad Al-Sulaiti, said the charges were “without foundation”.']);
    expect(who(res, 'without foundation')).not.toBe('Hamad Al-Sulaiti');
  });

  it('a region or a firm set off after a role\'s field is no name: "its vice president of engineering, Latin America, Sofia Reyes", "its head of procurement, Halden Logistics, which ..."', () => {
    const region = analyzeParagraphs(['Skerra Telecom said the outage was fixed by noon. “It was a hardware fault,” said its vice president of engineering, Latin America, Sofia Reyes.']);
    expect(who(region, 'It was a hardware fault')).not.toBe('Latin America');
    const firm = analyzeParagraphs(['“We are reviewing the contract,” said its head of procurement, Halden Logistics, which runs the depot.']);
    expect(who(firm, 'We are reviewing')).not.toBe('Halden Logistics');
  });

  it('"Nwachukwu said the regulator had branded the show “a danger to children”" is not Nwachukwu\'s', () => {
    const res = analyzeParagraphs(['Nwachukwu said the regulator had branded the show “a danger to children” in its ruling.']);
    expect(res.quotes.filter((q) => q.speakerName === 'Nwachukwu')).toHaveLength(0);
  });

  it('"The email he sent that night, Mr Okonjo said, read:" and "My letter, Sandoval said, read:" are the writer\'s own', () => {
    const email = analyzeParagraphs(['Mr Okonjo resigned by email on Friday night. The email he sent that night, Mr Okonjo said, read: “I will not be a scapegoat.”']);
    expect(sure(email, 'I will not be a scapegoat')).toMatch(/Okonjo/);
    const mine = analyzeParagraphs(['My letter, Sandoval said, read: “I will fight this decision.”']);
    expect(sure(mine, 'I will fight')).toBe('Sandoval');
  });

  it('"Pennington, a village of 400 people, has lost its shop" is the place, not Tom Pennington', () => {
    const res = analyzeParagraphs(['Tom Pennington runs the pub with his mother, Sheila Grant.', 'Pennington, a village of 400 people, has lost its shop and its school. “We are all that is left,” said the 68-year-old.']);
    expect(who(res, 'We are all that is left')).not.toBe('Tom Pennington');
  });

  it('"ANALYST (Goldman Sachs, New York):" is no one named; "FARMER (Kofi Mensah Boateng, Ashanti Region):" keeps the whole name', () => {
    const firm = analyzeParagraphs(['The following is an excerpt from the results call.', 'ANALYST (Goldman Sachs, New York): “Rates will stay high.”']);
    expect(who(firm, 'Rates will stay high')).not.toBe('Goldman Sachs');
    const farmer = analyzeParagraphs(['The following is an excerpt.', 'FARMER (Kofi Mensah Boateng, Ashanti Region): “The rains came late again.”']);
    expect(who(farmer, 'The rains came late')).toBe('Kofi Mensah Boateng');
  });

  it('"Sunita Rao, who represents Ferreira, said he would appeal" keeps Ferreira a person (a client, not a constituency)', () => {
    const res = analyzeParagraphs(['Sunita Rao, who represents Ferreira, said he would appeal.', '“I did nothing wrong and I will prove it,” he said in a statement.']);
    expect(who(res, 'I did nothing wrong')).toBe('Ferreira');
  });

  it('"A lunge by the defender at Tom Banks" keeps Banks a person', () => {
    const res = analyzeParagraphs(['A lunge by the defender at Tom Banks left him in agony. “I could have broken my leg,” he said.']);
    expect(who(res, 'I could have broken')).toBe('Tom Banks');
  });

  it('"The headteacher, who said the pupil involved could not be named, described ..." is the headteacher the story named', () => {
    const res = analyzeParagraphs(['Headteacher Rosa Dale said pupils were shaken. The headteacher, who said the pupil involved could not be named, described the attack as “a shock to us all”.']);
    expect(sure(res, 'a shock to us all')).toBe('Rosa Dale');
  });
});

describe('round 40 (begun): writing no one signs', () => {
  it('"A message posted in a group chat ... read: “...”" names no one, not "message"; "the message from the transport chief" is not the message\'s', () => {
    const res = analyzeParagraphs(['A message posted in a staff group chat that evening, from a number nobody could trace, read: “The night shift is not safe. Somebody upstairs needs to know.”']);
    expect(quoteOf(res, 'The night shift is not safe').speakerName ?? null).toBeNull();
    const from = analyzeParagraphs(['The message from the city’s transport chief to bus operators on Monday was blunt: “Modernise or make way.”']);
    expect(quoteOf(from, 'Modernise or make way').speakerName ?? null).not.toMatch(/message/);
  });

  it('"The briefing note says ..." stays the note\'s, and a banner stays the banner\'s', () => {
    const note = analyzeParagraphs(['The briefing note says the fund will be “exhausted by January”.']);
    expect(sure(note, 'exhausted by January')).toMatch(/note/);
  });
});

describe('round 40 (begun): a body named after its word, though no lexicon knows the name', () => {
  it('"Mr Fifita’s union, the United Freight Workers, said" is the union by name (failure kind 4)', () => {
    const res = analyzeParagraphs(['Tevita Fifita, 29, was dismissed in January.', 'Mr Fifita’s union, the United Freight Workers, said the decision sent “a clear message to every employer in this state”.']);
    expect(sure(res, 'a clear message')).toBe('United Freight Workers');
  });
});

describe('round 40 (begun): a name in capitals with "Mc" in a label\'s brackets', () => {
  it('"CHAIR (CLLR McGUINNESS): “...”" is the councillor the story named', () => {
    const res = analyzeParagraphs(['Speakers included the committee’s chair, Councillor Roisin McGuinness, and Councillor Padraig Farrelly.', 'CHAIR (CLLR McGUINNESS): “We now move to item four. Councillor Farrelly, you have the floor.”', 'CLLR FARRELLY: “Thank you, Chair.”']);
    expect(sure(res, 'We now move to item four')).toBe('Roisin McGuinness');
  });
});

describe('round 40 (begun): a body inside the relative clause after someone described', () => {
  it('"A doctor who spent six weeks in a field hospital has described conditions as “...”" is the doctor, not the hospital; "A woman who introduced herself as a care worker" is still the care worker', () => {
    const res = analyzeParagraphs(['A doctor who spent six weeks in a field hospital has described conditions there as “beyond anything I trained for”.']);
    expect(sure(res, 'beyond anything')).toMatch(/doctor \(unnamed\)$/);
    const diplomat = analyzeParagraphs(['A senior diplomat who attended the talks as an observer said the deal had been “essentially agreed weeks ago”.']);
    expect(sure(diplomat, 'essentially agreed')).toMatch(/diplomat \(unnamed\)$/);
  });
});

describe('round 40 (begun): "continued to", a that-clause\'s second verb, an age before "who"', () => {
  it('"Judge Rosalind Achebe said Dunleavy had continued to sign contracts “...”" is the judge\'s', () => {
    const res = analyzeParagraphs(['Judge Rosalind Achebe said Dunleavy had continued to sign contracts “well after he knew the business was insolvent”.']);
    expect(sure(res, 'well after he knew')).toBe('Rosalind Achebe');
  });

  it('"The tribunal heard that the general manager, Alasdair Rennie, referred to her ... and told a colleague she was ‘...’" is Rennie\'s; "He noted that the judge had donated ... and called the pledge “...”" stays his', () => {
    const res = analyzeParagraphs(['The tribunal heard that the hotel’s general manager, Alasdair Rennie, repeatedly referred to her by a nickname in front of guests and told a colleague she was ‘only here for the wages’.']);
    expect(sure(res, 'only here for the wages')).toBe('Alasdair Rennie');
    const noted = analyzeParagraphs(['Senator Luis Arredondo was unconvinced. He noted that the judge had donated to the campaign and called the recusal pledge “a promise written in pencil.”']);
    expect(sure(noted, 'a promise written in pencil')).toBe('Luis Arredondo');
  });

  it('"The family of a 17-year-old who died at a young offender institution have said he was “...”" is the family\'s, not the institution\'s', () => {
    const res = analyzeParagraphs(['The family of a 17-year-old who died at a young offender institution have said he was “failed at every turn”.']);
    expect(sure(res, 'failed at every turn')).toMatch(/family/);
  });
});

describe("round 40 (begun): the review's cases", () => {
  it('one speaking inside the relative clause keeps the words: "A man who police said had been “acting erratically”", "who the school board described as", "who neighbours have called"', () => {
    expect(sure(analyzeParagraphs(['A man who police said had been “acting erratically” was detained under the Mental Health Act.']), 'acting erratically')).toMatch(/police/i);
    expect(sure(analyzeParagraphs(['A teacher who the school board described as “exceptional” has been suspended pending an inquiry.']), 'exceptional')).toMatch(/school board/);
    expect(sure(analyzeParagraphs(['A woman who neighbours have called “the heart of the street” died in the blaze.']), 'the heart of the street')).toMatch(/neighbours/i);
  });

  it('after "said that", the verb after "and" is the speaker\'s own: "Mayor Lucia Diaz said that her opponent wants to cut funding and called him “...”", "Police said that a retired teacher was assaulted and described the attack as “...”"', () => {
    expect(sure(analyzeParagraphs(['Mayor Lucia Diaz said that her opponent wants to cut library funding and called him “reckless with our future.”']), 'reckless with our future')).toBe('Lucia Diaz');
    expect(sure(analyzeParagraphs(['Police said that a retired teacher was assaulted in her home and described the attack as “despicable.”']), 'despicable')).toMatch(/Police/i);
    expect(sure(analyzeParagraphs(['Judge Colin Morris said that the defendant showed no remorse and described the attack as “cowardly and brutal.”']), 'cowardly and brutal')).toBe('Colin Morris');
  });

  it('"continued to refer to the scheme as “a success”" is still speech; "the Old Town Hall" is no body set off after "The mayor\'s office"', () => {
    const res = analyzeParagraphs(['The minister continued to refer to the scheme as “a success.”', 'The minister, Halima Yusuf, has faced criticism over the figures.']);
    expect(res.quotes.map((q) => q.text)).toContain('a success.');
    const hall = analyzeParagraphs(['The mayor’s office, the Old Town Hall, said: “Services will resume on Monday.”']);
    expect(quoteOf(hall, 'Services will resume').speakerName ?? null).not.toBe('Old Town Hall');
  });
});

describe('round 40: the story gives a first name it does not know its gender', () => {
  it('"Eifion Rhys-Mabuza was 14 when he first went underground ... / “...,” he says." is his, past the pit and the valley', () => {
    const res = analyzeParagraphs([
      'Eifion Rhys-Mabuza was 14 when he first went underground at the Tŷ Mawr colliery in the Rhondda. Now 88, he is one of the last men alive who worked there.',
      '“Nobody told you anything. You learned by watching,” he says.',
    ]);
    expect(sure(res, 'Nobody told you anything')).toBe('Eifion Rhys-Mabuza');
  });

  it('a "he" the subject reports ("said he had been") gives the subject no gender', () => {
    const res = analyzeParagraphs([
      'Nkemdi Abara-Lund said he had been underground at the Tŷ Mawr colliery in the Rhondda. Now 88, she is one of the last who remember.',
      '“Nobody told you anything. You learned by watching,” she says.',
    ]);
    expect(sure(res, 'Nobody told you anything')).toBe('Nkemdi Abara-Lund');
  });
});

describe('round 40: the firm the story named with the word "the company" uses', () => {
  const ruling = (extra: string) => [
    'A courier sacked for refusing a third night shift was unfairly dismissed, the Employment Relations Authority has ruled.',
    `Losa Tuilagi, 34, was dismissed by logistics company Marrowgate Couriers in March after she said she was exhausted.${extra}`,
    'Authority member Derek Whitcombe found the dismissal was “unjustified in every respect”.',
    '“Nobody should be asked to drive a van on four hours’ sleep,” Mr Whitcombe said in his decision.',
    'The company had argued Ms Tuilagi had been “repeatedly late”, a claim the authority rejected.',
  ];

  it('"dismissed by logistics company Marrowgate Couriers ... / The company had argued ... “...”" is the firm, past the authority, its member and his quote', () => {
    expect(sure(analyzeParagraphs(ruling('')), 'repeatedly late')).toBe('Marrowgate Couriers');
  });

  it('not when another firm was named before ("She now works for Fenwright Parcels.")', () => {
    expect(sure(analyzeParagraphs(ruling(' She now works for Fenwright Parcels.')), 'repeatedly late')).not.toBe('Marrowgate Couriers');
  });

  it('"coordinator for the wildlife group Pelagos Watch ... / The group posted on its page: “...”" is the group by its name', () => {
    const res = analyzeParagraphs([
      'Seal pups have returned to the cove for the first time in 40 years, volunteers say.',
      '“We counted eleven this morning,” said Ana Ruiz-Calloway, coordinator for the wildlife group Pelagos Watch. “Eleven!”',
      'The group posted on its page on Sunday: “Please keep dogs on leads on the beach until March.”',
    ]);
    expect(sure(res, 'Please keep dogs on leads')).toBe('Pelagos Watch');
  });
});

describe('round 40: the one a pronoun speaks to does not break the chain back to its subject', () => {
  it('"Judge Moira Callaghan said ... / She accepted Pellow had been bereaved ... / “…,” she told Pellow." is the judge', () => {
    const res = analyzeParagraphs([
      'A Truro man who attacked a paramedic outside a nightclub has been jailed for two years.',
      'Tamsin Pellow, 31, admitted assault by beating at Truro Crown Court.',
      'The paramedic, Joanne Hext, said in a statement read to the court that she had not worked since.',
      '“I go to work to help people. I never expected to be kicked for it,” she said.',
      'Judge Moira Callaghan said attacks on emergency workers were “a disgrace”.',
      'She accepted Pellow had been bereaved weeks before the attack.',
      '“Grief explains a great deal. It does not explain this,” she told Pellow.',
    ]);
    expect(sure(res, 'Grief explains a great deal')).toBe('Moira Callaghan');
  });
});

describe('round 40: whom an interview in Q and A form was with', () => {
  it('"After ..., the fast bowler Deshan Perera-Silva, 24, sat down with our cricket writer, Joanna Mbeki-Hart, ... / Q: “…” / A: “…”": the answers are his', () => {
    const res = analyzeParagraphs([
      'After taking eight wickets in his first home Test, the fast bowler Deshan Perera-Silva, 24, sat down with our cricket writer, Joanna Mbeki-Hart, at the ground.',
      'Q: “Were you nervous this morning?”',
      'A: “Only until the first ball. Then it was just cricket.”',
      'Q: “What did the captain say to you?”',
      'A: “Keep it simple. He said it every over.”',
    ]);
    expect(sure(res, 'Were you nervous')).toBe('Joanna Mbeki-Hart');
    expect(sure(res, 'Only until the first ball')).toBe('Deshan Perera-Silva');
    expect(sure(res, 'Keep it simple')).toBe('Deshan Perera-Silva');
  });

  it('"The Harbour Courier sat down with Ines Okafor-Lund, ... The interview was conducted by our transport reporter, Mikael Strand. / Q: “…” / A: “…”": the answers are hers', () => {
    const res = analyzeParagraphs([
      'The Harbour Courier sat down with Ines Okafor-Lund, the new head of the city’s ferry service, to ask about fares and late sailings. The interview was conducted by our transport reporter, Mikael Strand, and has been edited for length.',
      'Q: “Why are the evening sailings so often late?”',
      'A: “Crew shortages, mostly. We are training twelve new deckhands this winter.”',
    ]);
    expect(sure(res, 'Why are the evening sailings')).toBe('Mikael Strand');
    expect(sure(res, 'Crew shortages, mostly')).toBe('Ines Okafor-Lund');
  });

  it('not the one someone else spoke to: "The family of Ines Okafor-Lund spoke to our reporter, Mikael Strand."', () => {
    const res = analyzeParagraphs([
      'The family of Ines Okafor-Lund spoke to our transport reporter, Mikael Strand, at their home.',
      'Q: “When did you last hear from her?”',
      'A: “On Sunday night, from the ferry.”',
    ]);
    expect(sure(res, 'On Sunday night')).not.toBe('Ines Okafor-Lund');
  });
});

describe('round 40: a role with a side, said by the one holder who was the subject just before', () => {
  const match = (side: string, extra: string[] = []) => analyzeParagraphs([
    'Ashvale beat Tirley by four wickets at Pound Lane on Sunday.',
    ...extra,
    'Opener Kieran Mallinder made 96 and shared a stand of 140 with captain Sunil Batra-Hughes.',
    `Batra-Hughes, who made 58, praised his bowlers. ‘They kept it tight all day. Kieran did the rest,’ said the ${side} captain.`,
  ]);

  it('"captain Sunil Batra-Hughes ... / Batra-Hughes, who made 58, praised his bowlers. ‘…,’ said the Ashvale captain." is the captain', () => {
    expect(sure(match('Ashvale'), 'They kept it tight')).toBe('Sunil Batra-Hughes');
  });

  it('not when someone else in the story goes with the side the role names ("Tirley coach Owen Pryce-Morgan")', () => {
    expect(sure(match('Tirley', ['Tirley coach Owen Pryce-Morgan said the pitch had suited the visitors.']), 'They kept it tight')).not.toBe('Sunil Batra-Hughes');
  });
});

describe('round 40: a sport\'s word for the same place in a side, and a nationality in the role', () => {
  it('"Ravenshaw striker Tomas Okafor-Brandt ... / Okafor-Brandt denied diving. “…,” the Nigerian forward said." is the striker', () => {
    const res = analyzeParagraphs([
      'The Midland League has admitted that a penalty awarded to Ravenshaw on Saturday should not have stood.',
      'Ravenshaw striker Tomas Okafor-Brandt went down under a challenge from Kelby defender Arne Solberg and scored from the spot.',
      'Kelby manager Roy Pettifer called the decision “a joke”.',
      'Okafor-Brandt denied diving. “He caught my ankle. I don’t go down easily,” the Nigerian forward said.',
    ]);
    expect(sure(res, 'He caught my ankle')).toBe('Tomas Okafor-Brandt');
  });

  it('"the skipper" is the captain the story named', () => {
    const res = analyzeParagraphs([
      'Captain Ellie Fairbairn-Moss scored twice as Dunmore won the cup.',
      'The club’s chairman, Ross Kilbride, was also at the ground.',
      '“We had to dig in,” the skipper said.',
    ]);
    expect(sure(res, 'We had to dig in')).toBe('Ellie Fairbairn-Moss');
  });
});

describe('round 40: one who decides a case finds in their ruling\'s words', () => {
  it('"Employment Judge Hamish Orr found that the investigation had been “a box-ticking exercise”" is the judge\'s', () => {
    const res = analyzeParagraphs(['In a reserved judgment, Employment Judge Hamish Orr found that the investigation had been “a box-ticking exercise”.']);
    expect(sure(res, 'a box-ticking exercise')).toBe('Hamish Orr');
  });

  it('"Tribunal member Anjali Deshpande found that ... was “a factor”" is the member\'s; a member of no tribunal is not', () => {
    const res = analyzeParagraphs(['Human Rights Tribunal member Anjali Deshpande found that the complainant’s age was “a factor in every decision made about her”.']);
    expect(sure(res, 'a factor in every decision')).toBe('Anjali Deshpande');
  });

  it('not a finder who decides nothing: "Firefighter Ian Pole found that the sign on the gate still said “…”"', () => {
    const res = analyzeParagraphs(['Firefighter Ian Pole found that the sign on the gate still said “Danger, keep out”.']);
    expect(sure(res, 'Danger, keep out')).not.toBe('Ian Pole');
  });
});

describe("round 40: the review's cases for this session's rules", () => {
  const qa = (intro: string) => analyzeParagraphs([intro, 'Q: “How does it feel?”', 'A: “We are taking calls from every county.”']);
  const answer = (res: ReturnType<typeof analyzeParagraphs>) => sure(res, 'We are taking calls');

  it('a "he" after a joining word is not the subject\'s when someone else is spoken of first or the sentence has a "her"', () => {
    expect(sure(analyzeParagraphs(['Hikaru Sato had been married to the defendant for nine years when he first hit her, the court heard.', '“I told nobody because I was ashamed,” she told the court.']), 'I told nobody')).toBe('Hikaru Sato');
    expect(sure(analyzeParagraphs(['Morgan Achterberg beat the champion in straight sets before he could settle.', '“I played the perfect match,” she said.']), 'I played the perfect match')).toBe('Morgan Achterberg');
  });

  it('a possessive gives no gender after someone spoken of in the paragraph before ("A mother whose teenage son ... / Taylor Whitcombe has campaigned since his death")', () => {
    const res = analyzeParagraphs([
      'A mother whose teenage son was stabbed outside a nightclub in Croydon has handed a petition to Downing Street.',
      'Taylor Whitcombe has campaigned for tougher knife laws since his death in 2011.',
      '“No parent should have to bury a child,” she said.',
    ]);
    expect(sure(res, 'No parent should have to bury')).toBe('Taylor Whitcombe');
  });

  it('an honorific overrules the gender a pronoun suggested: "Morgan Tull was 19 when he was jailed ... / Ms Tull, now 42," is one woman', () => {
    const res = analyzeParagraphs(['Morgan Tull was 19 when he was jailed for the robbery of a jeweller in Hatton Garden.', 'Ms Tull, now 42, runs a charity for young offenders.', '“Prison saved my life,” she said.']);
    expect(sure(res, 'Prison saved my life')).toBe('Morgan Tull');
  });

  it('"the group" is no firm named with the word when an association spoke since; "the firm Obuya Mwangi started" names its founder; a one-word name that spoke may be the firm', () => {
    expect(sure(analyzeParagraphs(['Drivers at logistics group Halden Freight walked out on Monday over pay.', 'The Road Haulage Association, the industry’s trade body, said the dispute could spread.', '“Operators are being squeezed from every side,” the group said.']), 'Operators are being squeezed')).not.toBe('Halden Freight');
    expect(sure(analyzeParagraphs(['Mark Deane has worked for 20 years at the firm Obuya Mwangi started in Mombasa.', 'The Kenya Revenue Authority says the accounts do not add up.', '“We have nothing to hide,” the firm said.']), 'We have nothing to hide')).not.toBe('Obuya Mwangi');
    expect(sure(analyzeParagraphs(['Drivers at delivery company Swiftline say they are expected to drop 200 parcels a day.', 'Swiftline’s biggest client, Zentrix, said on Tuesday it was reviewing the contract.', '“We expect all our partners to treat drivers fairly,” the company said.']), 'We expect all our partners')).not.toBe('Swiftline');
  });

  it('the one spoken to does not break the chain when the earlier "She" had another woman beside the judge to mean', () => {
    const res = analyzeParagraphs(['Judge Mary Keane then heard from the victim, Orla Nash.', 'She said Doolan had broken into her home while she slept.', '“You took away my sense of safety,” she told Doolan.']);
    expect(sure(res, 'You took away my sense')).not.toBe('Mary Keane');
  });

  it('Q and A: not one named in a participle\'s phrase, after "of the victim,", or beside a second person after the interviewer', () => {
    expect(answer(qa('After the final, the agent representing Haris Qureshi, 22, sat down with our cricket correspondent, Naomi Achterberg.'))).not.toBe('Haris Qureshi');
    expect(answer(qa('Neighbours of the victim, Shabnam Akhtar, 37, spoke to our reporter, Liam Crowe, on Saturday.'))).not.toBe('Shabnam Akhtar');
    expect(answer(qa('The family of the victim, the student Callum Rees, 19, spoke to our reporter, Owen Pritchard, after the hearing.'))).not.toBe('Callum Rees');
    expect(answer(qa('In the tunnel after the game, the goalkeeper Bruno Sarmento, 31, spoke to our reporter, Kirsty Logan, alongside his manager, Dermot Quigley.'))).not.toBe('Bruno Sarmento');
  });

  it('Q and A: a paper that spoke to someone names the one who answers only when the paragraph names no one else', () => {
    expect(answer(qa('The Harmon Review spoke to Desmond Achebe, her line manager, last year. This week she spoke to our health correspondent, Helen Ugwuoke.'))).not.toBe('Desmond Achebe');
    expect(answer(qa('The Evening Ledger sat down with Tomasz Wierzbicki and his finance director, Greta Halloran, in Leeds. The interview was conducted by our reporter, Helen Ugwuoke.'))).not.toBe('Tomasz Wierzbicki');
  });
});

describe('round 40: "the head of" a body named in capitals, then the name', () => {
  it('"“…,” the head of the National Flood Agency, Carlos Chissano-Banze, told state radio." is the head, not the agency', () => {
    const res = analyzeParagraphs(['“Half the district is under water,” the head of the National Flood Agency, Carlos Chissano-Banze, told state radio.']);
    expect(sure(res, 'Half the district')).toBe('Carlos Chissano-Banze');
  });

  it('not a name no lexicon knows, which may be the body\'s own ("the head of the Mining Corporation, Kamoto Copper,")', () => {
    const res = analyzeParagraphs(['“We will keep the mine open,” the head of the Mining Corporation, Kamoto Copper, said.']);
    expect(sure(res, 'We will keep the mine open')).not.toBe('Kamoto Copper');
  });

  it('not a place set off after the body: "“…,” the head of the National Flood Agency, Lower Shire, said." names no place', () => {
    const res = analyzeParagraphs(['“Half the district is under water,” the head of the National Flood Agency, Lower Shire, said.']);
    expect(sure(res, 'Half the district')).not.toBe('Lower Shire');
  });
});

describe('round 40: one who speaks for a body named partly in capitals', () => {
  it('"A spokesman for the EU aid agency said ... and that “…”" is the spokesman, not the agency', () => {
    const res = analyzeParagraphs(['A spokesman for the EU aid agency said it was sending tents and that “no family will sleep outside tonight.”']);
    expect(sure(res, 'no family will sleep outside')).toMatch(/^spokesman .*\(unnamed\)$/);
  });

  it('"An official at the Danish heritage agency said the statue would be “…”" is the official', () => {
    const res = analyzeParagraphs(['An official at the Danish heritage agency said the statue would be “almost impossible to sell openly.”']);
    expect(sure(res, 'almost impossible to sell')).toMatch(/^official .*\(unnamed\)$/);
  });
});

describe('round 40: a surname the local pass took for a body\'s, because "it" follows it', () => {
  it('"Adeyemi-Cole insisted it would not. “…,” she said." after an unnamed official is not the official for sure, and Adeyemi-Cole stays a person', () => {
    const res = analyzeParagraphs([
      'Folake Adeyemi-Cole, who runs the city’s housing office, said the waiting list would close in May.',
      'An official at the housing office, who asked not to be named, said the date might move. “Nothing is final,” the official said.',
      'Adeyemi-Cole insisted it would not. “We have delayed this three times already,” she said.',
    ]);
    expect(sure(res, 'We have delayed this')).not.toBe('official (unnamed)');
    expect(res.cast.some((c) => /Adeyemi-Cole/.test(c.name) && c.kind === 'organization')).toBe(false);
  });
});

describe('round 40: a relative\'s word set off after a name gives its gender', () => {
  it('"It was from Tadeusz Wrobel, then her fiance, ... “…,” he wrote." is him', () => {
    const res = analyzeParagraphs([
      'GDYNIA, Poland — A postcard mailed in 1971 arrived this week at the flat it was addressed to, 53 years late. The woman it was written to still lives there.',
      'Margaret Wrobel, 79, said she recognised the handwriting before she turned the card over. It was from Tadeusz Wrobel, then her fiance, who was working on a trawler out of Gdynia. “Back before the first frost,” he wrote. “Keep the stove lit for me.”',
      'They married that December. Tadeusz died in 2019.',
      '“He was never back before the frost,” Mrs Wrobel said. “Not once in forty years.”',
    ]);
    expect(sure(res, 'Back before the first frost')).toBe('Tadeusz Wrobel');
  });

  it('not the gender of one the name\'s clause speaks of: "Umm Faris, whose son, ..."', () => {
    const res = analyzeParagraphs([
      'Rights groups welcomed the pardons. “It is a start,” said Dalia Haddad, a researcher with the group Clearlight.',
      'Umm Faris, whose son, Faris al-Amiri, 24, has been held since May, said she had not slept. “I am afraid to hope,” she said.',
    ]);
    expect(sure(res, 'I am afraid to hope')).not.toBe('Dalia Haddad');
  });
});

describe('round 40: a document presented or submitted to a body speaks, not the body', () => {
  it('"A report presented to the Harrowfield Borough’s planning committee on Monday warns that ... “…”" is the report\'s', () => {
    const res = analyzeParagraphs(['A report presented to the Harrowfield Borough’s planning committee on Monday warns that the town centre is “at risk of hollowing out” within a decade.']);
    expect(sure(res, 'at risk of hollowing out')).toBe('the report');
  });

  it('"A letter sent to the committee says" stays its writer\'s business (no document speaker)', () => {
    const res = analyzeParagraphs(['A letter sent to the planning committee by residents says the plan is “a betrayal”.']);
    expect(sure(res, 'a betrayal')).not.toBe('the letter');
  });
});

describe('round 40: one the story opens with as anyone, named with an age as the next paragraph opens', () => {
  it('"A retired nurse who ... has told a jury she “…” / Dorothy Penhale, 71, was ..." is Dorothy Penhale', () => {
    const res = analyzeParagraphs([
      'A retired nurse who gave evidence at an arson trial has told a jury she “slept with the lights on for a year” after her shop was set alight.',
      'Dorothy Penhale, 71, was a prosecution witness at the trial of Kyle Brannock, who was convicted last year.',
    ]);
    expect(sure(res, 'slept with the lights on')).toBe('Dorothy Penhale');
  });

  it('not one brought in later in the sentence ("with a judge saying"), nor a thing the sentence calls something ("told detectives a ‘…’"), nor one of the other gender', () => {
    const judge = analyzeParagraphs([
      'A former charity treasurer has been jailed for three years for stealing £200,000, with a judge saying she had betrayed ‘everyone who gave a penny’.',
      'Pauline Drury, 58, spent the money on cruises and a caravan, Truro Crown Court heard.',
    ]);
    expect(sure(judge, 'everyone who gave a penny')).not.toBe('Pauline Drury');
    const lies = analyzeParagraphs([
      'A man accused of murdering his brother told detectives a ‘pack of lies’ about the night he vanished, a jury has heard.',
      'Kevin Strand, 44, denies murder.',
    ]);
    expect(sure(lies, 'pack of lies')).not.toBe('Kevin Strand');
    const other = analyzeParagraphs([
      'A retired miner who gave evidence at the inquest has told the coroner he “never once saw a safety inspector” underground.',
      'Mrs Alison Hartley, 64, a former nurse, was also called as a witness.',
    ]);
    expect(sure(other, 'never once saw a safety inspector')).not.toBe('Alison Hartley');
  });
});

describe("round 40: the second review's cases", () => {
  it('a person noun after a preposition is no speaker for the body: "a memo to employees from the ministry", "the father of a soldier at the ministry"', () => {
    expect(sure(analyzeParagraphs(['“Staff must not speak to the media,” a memo to employees from the Kenyan health ministry said.']), 'Staff must not speak') ?? '').not.toMatch(/^employees/);
    expect(sure(analyzeParagraphs(['“He was a good boy,” the father of a soldier at the Ukrainian defence ministry said.']), 'He was a good boy') ?? '').not.toMatch(/^soldier/);
  });

  it('when no one can be described, the body is no sure speaker either: "an archivist at the Norwegian tax office said"', () => {
    expect(sure(analyzeParagraphs(['“The files were destroyed in 2009,” an archivist at the Norwegian tax office said.']), 'The files were destroyed') ?? '').not.toMatch(/tax office$/);
  });

  it('a surname the local pass took for a body\'s does not take a "she" from a woman named beside it ("Olusegun Bankole ... Adaeze Okafor chairs its board. / Bankole insisted it would not be sold.")', () => {
    const res = analyzeParagraphs(['Olusegun Bankole is the chief executive of the lender. Adaeze Okafor chairs its board.', 'Bankole insisted it would not be sold. “We are not for sale,” she said.']);
    expect(sure(res, 'We are not for sale')).not.toBe('Olusegun Bankole');
  });
});

describe('round 41 (begun): a phrase with "of the" opening the sentence is no appositive', () => {
  it('"As crews enter the peak of the fire season, she spoke to Tomasz Wierzbicki of the Valley Ledger" — the A: turns are hers', () => {
    const res = analyzeParagraphs([
      'Ines Albarrán-Kofi has led the Tri-County Flood Authority in northern Oregon for six years. As rivers reach the height of the winter season, she spoke to Pavel Novak of the Valley Courier about levees, pumps and why she wants residents to clear their drains now.',
      'Q: “Are the levees ready?”',
      'A: “Most of them. Two are not, and we have said so publicly.”',
    ]);
    expect(sure(res, 'Most of them')).toBe('Ines Albarrán-Kofi');
  });
});

describe('round 41: a portfolio named as a list', () => {
  it('"“…,” Ms Abernethy-Roy, the Minister for Housing, Communities and Rural Planning, told MPs." is the minister, not "Communities and Rural Planning"', () => {
    const res = analyzeParagraphs([
      'Housing Minister Isla Abernethy-Roy said on Monday the target would stand.',
      '“We will build these homes,” Ms Abernethy-Roy, the Minister for Housing, Communities and Rural Planning, told MPs.',
    ]);
    expect(sure(res, 'We will build these homes')).toBe('Isla Abernethy-Roy');
  });
});

describe('round 41: titles of school boards, counties and towns', () => {
  it('"TRUSTEE ESPINOZA: “…”" in a transcript after "Trustees Marta Espinoza and Dale Whitcomb" is Marta Espinoza', () => {
    const res = analyzeParagraphs([
      'From the transcript of the school board meeting. Present were Chair Ruth Okafor and Trustees Marta Espinoza and Dale Whitcomb.',
      'CHAIR OKAFOR: “The chair recognizes Trustee Espinoza.”',
      'TRUSTEE ESPINOZA: “We have not asked a single farmer about this.”',
      'TRUSTEE WHITCOMB: “They were sent letters in March.”',
    ]);
    expect(sure(res, 'We have not asked a single farmer')).toBe('Marta Espinoza');
    expect(sure(res, 'They were sent letters')).toBe('Dale Whitcomb');
  });
});

describe('round 41: an age for someone unnamed brought in just before', () => {
  it('"Another driver, a man who asked not to be named, said ... “…,” said the 41-year-old." is the unnamed driver, not the one person named', () => {
    const res = analyzeParagraphs([
      '“We sleep in the cabs,” said Oskar Lindqvist-Mbeki, who drove for the haulier until May.',
      'Another driver, a man who asked not to be named because he still works there, said he had been fined for a late delivery. “They docked me a day’s pay,” said the 41-year-old.',
    ]);
    expect(sure(res, 'They docked me')).toMatch(/driver \(unnamed\)$/);
  });
});

describe('round 41: slogans after "the banner" and a chapter\'s title', () => {
  it('"launched under the banner “Name our Rivers”, has been credited ..., according to a review" is no one\'s words', () => {
    const res = analyzeParagraphs(['The naming scheme, launched in 2015 under the banner “Name our Rivers”, has been credited with raising awareness of warnings, according to a review published by the environment agency last year.']);
    expect(res.quotes.map((q) => q.text)).not.toContain('Name our Rivers');
  });

  it('"Its final chapter, “The Last Shift at Cwmgwrach”, describes ..." is a title, not a quote', () => {
    const res = analyzeParagraphs(['The book lists 140 pits, of which only two survive. Its final chapter, “The Last Shift at Cwmgwrach”, describes the closing service of a chapel in 1987 that Mr Price-Davies attended as a young man.']);
    expect(res.quotes.map((q) => q.text)).not.toContain('The Last Shift at Cwmgwrach');
  });

  it('still speech: "Marchers carried a banner and chanted “Clean our rivers!”"', () => {
    const res = analyzeParagraphs(['Marchers carried a banner and chanted “Clean our rivers!” as they passed the town hall.']);
    expect(res.quotes.map((q) => q.text)).toContain('Clean our rivers!');
  });
});

describe('round 41: words "someone" shouted are no one\'s the story can name', () => {
  it('"As Mr Okoro began to answer, someone at the back of the hall shouted: “Resign!”" names no one', () => {
    const res = analyzeParagraphs(['Residents pressed the council’s planning chief, Daniel Okoro, on the costs.', 'As Mr Okoro began to answer, someone at the back of the hall shouted: “Resign!” It was not clear who.']);
    expect(sure(res, 'Resign!')).toBeNull();
  });

  it('"“Get out now!” someone shouted, according to camper Ilse Brouwer" is not the camper\'s', () => {
    const res = analyzeParagraphs(['“Get out now, the river is rising!” someone shouted, according to Dutch camper Ilse Brouwer, 38, who was sleeping near the bank.']);
    expect(sure(res, 'Get out now')).toBeNull();
  });

  it('still the speaker\'s when the story names them: "Daniel Okoro ... shouted: “Resign!”"', () => {
    expect(sure(analyzeParagraphs(['Daniel Okoro stood up at the back of the hall and shouted: “Resign!”']), 'Resign!')).toBe('Daniel Okoro');
  });
});

describe('round 41: "X, whose chair, NAME, said" is the chair', () => {
  it('"commissioned by the Harbour Lane Traders’ Association, whose chair, Ines Barraclough, said: “…”" is Barraclough', () => {
    const res = analyzeParagraphs(['The lights were paid for by the Harbour Lane Traders’ Association, whose chair, Ines Barraclough, said: “It is the first Christmas the street has looked alive in years.”']);
    expect(sure(res, 'It is the first Christmas')).toBe('Ines Barraclough');
  });

  it('still the one the clause is about when it has a verb of its own: "Muir, whose squad includes a postman, said"', () => {
    const res = analyzeParagraphs(['Coach Ewan Muir, whose squad includes a postman and a teacher, said: “We train when we can.”']);
    expect(sure(res, 'We train when we can')).toBe('Ewan Muir');
  });
});

describe('round 41: a statement from a body, after "A"', () => {
  it('"A statement from Glenarm Creamery blamed ... and said the processor remained “…”" is the creamery\'s', () => {
    const res = analyzeParagraphs(['A statement from Glenarm Creamery blamed “weak export demand” and said the processor remained “fully committed to its suppliers”.']);
    expect(sure(res, 'fully committed to its suppliers')).toBe('Glenarm Creamery');
  });
});

describe('round 41: "affairs" ends a department\'s name', () => {
  it('"A spokesperson for the Department for Work and Social Affairs said ... “…”" is the spokesperson, not "Social Affairs"', () => {
    const res = analyzeParagraphs(['A spokesperson for the Department for Work and Social Affairs said the ministers would “read the findings closely”.']);
    expect(sure(res, 'read the findings closely')).toMatch(/^spokesperson .*\(unnamed\)$/);
  });
});

describe("round 41: the review's cases", () => {
  it('an age after someone unnamed who is no source ("A man, who has not been named, was charged") stays the one person named', () => {
    const res = analyzeParagraphs(['Det Insp Mark Hale said officers had worked around the clock. A man, who has not been named, was charged on Friday night with arson. “It has been a long week,” said the 52-year-old.']);
    expect(sure(res, 'It has been a long week')).toBe('Mark Hale');
  });

  it('nor an unnamed source quoted in that very sentence ("One rival, who asked not to be named, said the field had been “blown away”.")', () => {
    const res = analyzeParagraphs(['Olympic champion Kezia Mbatha won the 800m in Oslo. One rival, who asked not to be named, said the field had been “blown away”. “I felt strong from the gun,” said the 24-year-old.']);
    expect(sure(res, 'I felt strong from the gun')).toBe('Kezia Mbatha');
  });

  it('a pair of people set off after "of" is no portfolio: "The parents of Ellie, Mark and Joanne Pryce, said"', () => {
    const res = analyzeParagraphs(['The parents of Ellie, Mark and Joanne Pryce, said: “We are heartbroken beyond words.”']);
    expect(sure(res, 'We are heartbroken')).toBe('Mark and Joanne Pryce');
  });

  it('a bare "TRUSTEE:" label is still a trustee speaking', () => {
    const res = analyzeParagraphs(['MODERATOR: Our first question comes from the floor.', 'TRUSTEE: Why has the library budget been cut twice?', 'MAYOR FENWICK: It has not been cut. It has been frozen.']);
    expect(sure(res, 'Why has the library budget')).toMatch(/trustee/i);
  });
});

describe('round 41: a government body named with "for"', () => {
  it('"The Department for Transport said the offer was ‘fair and final’" is the department, not "Transport"', () => {
    const res = analyzeParagraphs(['Rail unions have rejected the offer.', 'The Department for Transport said the offer was ‘fair and final’ and urged the unions to return to talks.']);
    expect(sure(res, 'fair and final')).toBe('Department for Transport');
  });

  it('not a day after "for": "thanked the Office for Sunday’s help"', () => {
    const res = analyzeParagraphs(['The council thanked the Office for Sunday’s help, calling it “vital”.']);
    expect(res.cast.some((c) => c.name === 'Office for Sunday')).toBe(false);
  });

  it('"the diocese said" after "The Diocese of Wexley" is the diocese', () => {
    const res = analyzeParagraphs(['The Diocese of Wexley has put St Aidan’s church up for sale.', 'In a statement, the diocese said it would “work with the village to find a future for the building”.']);
    expect(sure(res, 'work with the village')).toMatch(/diocese/i);
  });
});

describe('round 41: whom a Q and A was with, when the sentence before names the one person by an owner\'s word', () => {
  it('"Novelist Chiamaka Obi-Thornton’s third book ... has been shortlisted ... She spoke to our books editor, Lars Eklund." — the answers are hers', () => {
    const res = analyzeParagraphs([
      'Novelist Chiamaka Obi-Thornton’s third book, a mystery set inside a Lagos shipping firm, has been shortlisted for the Harmattan Fiction Prize. She spoke to our books editor, Lars Eklund, by video call from Abuja. The interview has been edited for length.',
      'Q: “Why a shipping firm?”',
      'A: “Because every container has a story nobody wants told.”',
    ]);
    expect(sure(res, 'Because every container')).toBe('Chiamaka Obi-Thornton');
  });
});

describe("round 41: the second review's cases", () => {
  const qa = (intro: string) => analyzeParagraphs([intro, 'Q: “What has changed?”', 'A: “Everything. We had one torch for the whole ward.”']);

  it('a body named with "for" or "of" stops at a title or a given name: "Department for Infrastructure Permanent Secretary Katrina Godfrey said"', () => {
    const res = analyzeParagraphs(['Department for Infrastructure Permanent Secretary Katrina Godfrey said: “The network is at breaking point.”']);
    expect(sure(res, 'The network is at breaking point') ?? '').not.toMatch(/^Department/);
    expect(res.cast.some((c) => /Department .*Godfrey/.test(c.name))).toBe(false);
  });

  it('the one person named in a Q and A\'s intro answers only when they open it as its subject: not "Dr Amara Osei-Bonsu\'s mother worked ...", not "A man ... has criticised the chief executive, Alexis Morrow-Keane"', () => {
    expect(sure(qa('Dr Amara Osei-Bonsu’s mother worked as a midwife in Kumasi for forty years. She spoke to our health editor, Gemma Thornbury.'), 'Everything. We had one torch')).not.toBe('Amara Osei-Bonsu');
    expect(sure(qa('A man whose wife died after waiting 14 hours for an ambulance has criticised the trust’s chief executive, Alexis Morrow-Keane. He spoke to our health editor, Jennifer Obi.'), 'Everything. We had one torch')).not.toBe('Alexis Morrow-Keane');
  });

  it('a described interviewee the pronoun finds still answers: "The headteacher of Ravenscourt Academy has written to parents. She spoke to our education correspondent, Priya Sandhu."', () => {
    const res = qa('The headteacher of Ravenscourt Academy has written to parents about mobile phones. She spoke to our education correspondent, Priya Sandhu.');
    expect(sure(res, 'Everything. We had one torch')).toMatch(/headteacher/);
  });

  it('"someone" after "when": "Councillor Derek Amos was halfway through his speech when someone at the back of the hall shouted: “…”" names no one', () => {
    expect(sure(analyzeParagraphs(['Councillor Derek Amos was halfway through his speech when someone at the back of the hall shouted: “Tell the truth!”']), 'Tell the truth!')).toBeNull();
  });
});

describe('round 41: a title set off before what kind of work it is', () => {
  it('"three books ...: “The Long Field,” a debut novel by ..., and ..." reports no quote', () => {
    const res = analyzeParagraphs(['The library has added three books to its summer list: “The Long Field,” a debut novel by Ama Kamau-Reid; “Letters Home,” a collection of wartime letters; and the memoir “Small Hours.”']);
    expect(res.quotes.map((q) => q.text)).not.toContain('The Long Field,');
  });

  it('still speech: "“Stay Home,” a nurse said" is no work', () => {
    const res = analyzeParagraphs(['“Stay Home,” a nurse said, pointing at the sign.']);
    expect(res.quotes.map((q) => q.text)).toContain('Stay Home,');
  });
});

describe('round 41: a term between a determiner, an adjective and its noun', () => {
  it('"its optional “bridge” course" is no one\'s words', () => {
    const res = analyzeParagraphs(['The exam board also confirmed that its optional “bridge” course, for students who missed papers, will run again in July.']);
    expect(res.quotes.map((q) => q.text)).not.toContain('bridge');
  });

  it('still words when no noun follows: "The union called the new timetable “reckless” and said ..." keeps its quote', () => {
    const res = analyzeParagraphs(['The union called the new timetable “reckless” and said teachers would strike.']);
    expect(res.quotes.map((q) => q.text)).toContain('reckless');
  });
});

describe('round 41: the subject reported speaking just before, when everyone else in reach is of the other gender', () => {
  it('"Majority Leader Teppei Pickering-Olu, R-Lancaster, said ... “…,” he said." after a woman quoted is Pickering-Olu (a first name of no known gender)', () => {
    const res = analyzeParagraphs([
      'Governor Elena Marchetti unveiled a budget that keeps the rail line open. “Cut it, and you strand riders,” she said.',
      'Senate Majority Leader Teppei Pickering-Olu, R-Lancaster, said Republicans would not accept a tax increase of any kind. “The governor gave a nice speech. Now she needs to show us how she pays for it,” he said.',
    ]);
    expect(sure(res, 'The governor gave a nice speech')).toBe('Teppei Pickering-Olu');
  });
});

describe('round 41: the one quoted as the subject of the paragraph\'s last sentence goes on speaking', () => {
  it('"Ms Tarrant said ... Her colleague, Imke Rasmussen, said the list had grown “by the week”. / “…,” she said." is Rasmussen, past Tarrant named before', () => {
    const res = analyzeParagraphs([
      'Shelter manager Joanne Tarrant said the kennels were full. “We have had to turn people away,” she said.',
      'Volunteers walked the dogs twice a day through the winter.',
      'Ms Tarrant said donations had fallen since the autumn. Her colleague, Imke Rasmussen, who runs the adoption desk, said the waiting list had grown “by the week”.',
      '“Some families have waited since March for a dog they have already met,” she said.',
    ]);
    expect(sure(res, 'Some families have waited since March')).toBe('Imke Rasmussen');
  });

  it('the same when the rival the pronoun\'s gender might be was only named before: "Councillor Pierre Lamont ... Trevor Okafor ... said the bins had been missed “three weeks running”. / “…,” he said." is Okafor', () => {
    const res = analyzeParagraphs([
      'Councillor Pierre Lamont said the contractor had been warned about the missed collections.',
      'Residents on Fenwick Road said the bins had been left for days. One of them, Trevor Okafor, said his street had been missed “three weeks running”.',
      '“Nobody answers the phone, and nobody comes,” he said.',
    ]);
    expect(sure(res, 'Nobody answers the phone')).toBe('Trevor Okafor');
  });

  it('not when the last sentence asked something: "“Were you ever scared?” asked Adaeze, 10. / “…,” he said." after the retiring teacher is not sure of the asker', () => {
    const res = analyzeParagraphs([
      'When Desmond Ellison retired after 40 years at Brook Lane Primary, the pupils had questions ready.',
      '“Were you ever scared of a class?” asked Adaeze, 10.',
      '“Only the first one, and only for a week,” he said.',
    ]);
    expect(sure(res, 'Only the first one')).not.toBe('Adaeze');
  });
});

describe('round 41: the subject reported speaking just before a pronoun, past a woman quoted paragraphs back', () => {
  it('"Lindqvist, a senior from Carver Falls, said ... “…,” she said." is Lindqvist, though the coach quoted in the paragraph before is a woman', () => {
    const res = analyzeParagraphs([
      'Kirra Lindqvist scored 31 points and Eastbrook beat Harlow Tech 80-72 on Friday to reach the state final.',
      '“Nobody could stay in front of her,” Eastbrook coach Fiona Barrow said. “We just cleared out and let her go.”',
      'Lindqvist, a senior from Carver Falls, said she had been sick on the morning of the game. “I could barely eat,” she said.',
    ]);
    expect(sure(res, 'I could barely eat')).toBe('Kirra Lindqvist');
  });

  it('a firm\'s "&" is part of the name set off after the subject: "Loss adjuster Philippa Dunmore, of Pryce & Hale, said ... ‘…,’ she said." is Dunmore', () => {
    const res = analyzeParagraphs([
      'Floodwater a metre deep ran through the high street in Carrowby on Saturday night.',
      'Bakery owner Margaret Ellery said she had lost both ovens and a week of stock. ‘We lost everything in an hour,’ she said. ‘The flour sacks were floating.’',
      'Garage manager Tom Brannigan said about 30 cars on his forecourt had been written off. He put the cost at more than £150,000.',
      '‘The water came in under the shutters like someone had turned on a tap,’ he said.',
      'Loss adjuster Philippa Dunmore, of Pryce & Hale, said most of the buildings on the street could be saved. ‘The walls are sound. It is the floors and the wiring that have to go,’ she said.',
    ]);
    expect(sure(res, 'The walls are sound')).toBe('Philippa Dunmore');
  });

  it('a word in -ing before a role is a trade, no opening phrase: "Housing campaigner Adaeze Nwankwo, of the Renters Voice Network, said ..." is the sentence\'s subject', () => {
    const res = analyzeParagraphs([
      'LAGOS, May 2 (Wire) - The state housing authority has fined the letting app Roomly for listing flats that did not exist.',
      'Roomly\'s founder, Emeka Obi, told reporters the listings had been removed. “We are sorry,” he said.',
      'Tenant Grace Okafor, a nurse, said she had paid a deposit on a flat that turned out to be a car park. “I went there with my suitcase,” she said.',
      'Housing campaigner Adaeze Nwankwo, of the Renters Voice Network, said the fine was overdue. “The authority has known about this for two years,” she said.',
    ]);
    expect(sure(res, 'The authority has known')).toBe('Adaeze Nwankwo');
    expect(analyzeParagraphLocal('Housing campaigner Adaeze Nwankwo, of the Renters Voice Network, said the fine was overdue.').sentSubject[0]).toBe(0);
  });
});

describe('round 41: a guide and a lifeguard are people', () => {
  it('"Mountain guide Anselm Ruedi-Falk said ... “…,” he said." is Ruedi-Falk, not "Mountain" nor the man quoted before', () => {
    const res = analyzeParagraphs([
      'The resort’s safety chief, Marco Bühler, said the upper lifts would stay shut. “We will not take chances,” he said.',
      'Mountain guide Anselm Ruedi-Falk said he had called off every tour this week. “No summit is worth a funeral,” he said.',
    ]);
    expect(sure(res, 'No summit is worth a funeral')).toBe('Anselm Ruedi-Falk');
  });

  it('"Lifeguard Tom Ash said" names Tom Ash, the role apart', () => {
    const res = analyzeParagraphs(['Lifeguard Tom Ash said the current had been strong all morning. “We closed the beach by ten,” he said.']);
    expect(sure(res, 'We closed the beach by ten')).toBe('Tom Ash');
  });
});

describe('round 41: a document goes on speaking as "it", and more words for documents', () => {
  it('"“…,” the report says. / It estimates ... / “…,” it adds." is the report', () => {
    const res = analyzeParagraphs([
      'House prices in the north-west could fall by a tenth this year, according to a report published on Monday by the Centre for Housing Research.',
      '“Buyers are waiting for rates to fall, and sellers are waiting for buyers,” the report says.',
      'It estimates that transactions will be 12 per cent lower than last year.',
      '“For first-time buyers, the wait may be longer still,” it adds.',
    ]);
    expect(sure(res, 'For first-time buyers')).toBe('the report');
  });

  it('"It describes ... as “…”" after a paragraph whose subject is the review names no firm that wrote it (it may be the review, or the operator answering)', () => {
    const res = analyzeParagraphs([
      'An inquiry into last winter’s power cuts has found that the network operator ignored three warnings.',
      'The 80-page review, carried out by the consultancy Harrowgate Partners, says engineers raised the fault in May.',
      'It describes the operator’s spare parts planning as “wishful” and its control room as “understaffed”.',
    ]);
    expect(speakerOf(res, 'wishful')).not.toBe('Harrowgate Partners');
  });

  it('"the bulletin said" and "the circular says" are the documents\' words', () => {
    const res = analyzeParagraphs([
      'The national drought agency said in its weekly bulletin that 900,000 people needed help.',
      '“The next rains are the last hope for the harvest,” the bulletin said.',
    ]);
    expect(sure(res, 'The next rains')).toBe('the bulletin');
  });

  it('"The flood bulletin issued by the regional warning service says: “…”" is the bulletin, not the service', () => {
    const res = analyzeParagraphs(['The flood bulletin issued by the regional warning service on Sunday says: “Rivers will peak overnight. Do not drive through flood water.”']);
    expect(sure(res, 'Rivers will peak overnight')).toBe('the bulletin');
  });
});

describe('round 41, reviewed: the one quoted last goes on speaking only when the sentence speaks of no one else', () => {
  const next = (first: string, quote: string, pronoun: string) => analyzeParagraphs([first, `“${quote},” ${pronoun} said.`]);

  it('not when the sentence speaks of the story\'s subject: "described him as", "said the teenager had been", "called the senator", "accused her of" leave the next quote unsure', () => {
    for (const [first, quote, pronoun] of [
      ['Mr Haldane, 67, has led the lifeboat crew for 30 years. His deputy, Euan Moffat, described him as “the best coxswain on this coast”.', 'I am not sure about that', 'he'],
      ['Okonjo, 19, scored twice on his full debut. His manager, Liam Devereux, said the teenager had been “unplayable”.', 'I just tried to enjoy it', 'he'],
      ['Senator Walt Brennan has held the seat since 1998. His challenger, Tomas Rivera, called the senator “a relic of another century”.', 'Experience is not a crime', 'he'],
      ['Ms Achebe, the party’s former leader, says she will not stand again. Her successor, Farida Kassim, accused her of “rewriting history” on Sunday.', 'That is a lie, and everyone in the room knows it', 'she'],
    ] as const) {
      const res = next(first, quote, pronoun);
      expect(sure(res, quote)).toBeNull();
    }
  });

  it('nor when whose the subject is was only the story\'s subject, not reported speaking: "Ms Kaur has run the bakery since 1989. Her landlord, Gemma Thorne, said ..." and "Mr Osei denies fraud. His barrister, Adam Frost, said ..."', () => {
    expect(sure(next('Ms Kaur has run the bakery on Mill Street since 1989. Her landlord, Gemma Thorne, said the rent rise was “entirely fair”.', 'Nobody can pay that on a loaf of bread', 'she'), 'Nobody can pay that')).toBeNull();
    expect(sure(next('Mr Osei, 52, denies four counts of fraud. His barrister, Adam Frost, said the prosecution case was “built on sand”.', 'I never touched a penny of that money', 'he'), 'I never touched a penny')).toBeNull();
  });

  it('still the one quoted when whose they are cannot answer: "Mr Whitcombe’s widow, Mei-Lin Whitcombe, said ..." / "“…,” she said."', () => {
    const res = analyzeParagraphs([
      'The Court of Appeal has quashed the conviction of a crane driver over the death of Ian Hartley, who was crushed at a depot in Rochdale.',
      'Writing for the panel, Justice Maria Oduya said: “We cannot be confident of the verdict.”',
      'The court ordered a retrial.',
      'Mr Hartley’s widow, Sandra Hartley, said the family was “devastated to have to go through it all again”.',
      '“Ian went to work and didn’t come home. That hasn’t changed,” she said.',
    ]);
    expect(sure(res, 'Ian went to work')).toBe('Sandra Hartley');
  });
});

describe('round 41, reviewed: the other rules\' look-alikes', () => {
  it('the subject reported speaking just before is not sure when the quote speaks of someone of the other gender: "Lindqvist ... said ... “She never gives up, that one,” he said."', () => {
    const res = analyzeParagraphs([
      'Coach Dan Ruiz said the heat was the worst he had known. “We trained at 6am to beat it,” he said.',
      'Lindqvist, a senior from Carver Falls, said the bus had broken down twice. “She never gives up, that one,” he said.',
    ]);
    expect(sure(res, 'She never gives up')).not.toBe('Lindqvist');
  });

  it('a participle opening a phrase before a role and a name is still one: "Replacing striker Jonas Berg at half-time, Devlin said ...", "Citing economist Lena Ortiz, Governor Kim Tan said ..."', () => {
    expect(sure(analyzeParagraphs(['Replacing striker Jonas Berg at half-time, Devlin said he wanted more legs. “We were too slow,” he said.']), 'We were too slow')).toBe('Devlin');
    expect(sure(analyzeParagraphs(['Citing economist Lena Ortiz, Governor Kim Tan said inflation had peaked. “The worst is behind us,” she said.']), 'The worst is behind us')).toBe('Kim Tan');
    expect(sure(analyzeParagraphs(['Praising captain Eoin Hart for his calm, coach Dan Ruiz said the side had grown up. “They stopped panicking,” he said.']), 'They stopped panicking')).toBe('Dan Ruiz');
  });

  it('"the guide" alone is no person: "The guide warns that “…”", "According to the guide, ... “…”"', () => {
    for (const text of ['The council has published a 40-page guide for landlords. The guide warns that “ignorance of the rules is no defence”.', 'According to the guide, walkers should carry “at least two litres of water”.']) {
      const res = analyzeText(text);
      expect(res.quotes[0]?.speakerName ?? '').not.toMatch(/guide \(unnamed\)/);
    }
  });
});

describe('round 41: the agent a passive sentence names last, before a pronoun', () => {
  it('"Ishida will be succeeded on an interim basis by the group’s finance director, Chihiro Nakane. “…,” she said." is no sure Ishida (neither first name gives a gender)', () => {
    const res = analyzeParagraphs([
      '“I take full responsibility,” Ryota Ishida told a news conference in Osaka.',
      'Ishida will be succeeded on an interim basis by the group’s finance director, Chihiro Nakane. “Our first task is to win back trust,” she said in a statement.',
    ]);
    expect(sure(res, 'Our first task is to win back trust')).toBeNull();
  });
});

describe('round 41: someone counted by an ordinal is someone new', () => {
  it('"A third passenger was blunter. “…?”" after a spokesman quoted is no sure words of the spokesman', () => {
    const res = analyzeParagraphs([
      'A spokesman for the airline said the delay was “regrettable but unavoidable”.',
      'A third passenger was blunter. “Unavoidable for whom?”',
    ]);
    expect(sure(res, 'Unavoidable for whom?')).toBeNull();
  });
});

describe('round 41, reviewed: a document going on as "It", and its look-alikes', () => {
  it('not past a paragraph where "It" is the body the document is about: "It is expected to face a fine of up to £5m. / “…,” it said." is not the report', () => {
    const res = analyzeParagraphs([
      'Harbour Foods was criticised in an inspection report published on Monday.',
      '“The company ignored repeated warnings about hygiene,” the report says.',
      'It is expected to face a fine of up to £5m.',
      '“We are studying the findings carefully,” it said.',
    ]);
    expect(speakerOf(res, 'We are studying the findings')).not.toBe('the report');
  });

  it('"It described the ban as “absurd”" after "The ruling says ..." is the one banned answering, not the ruling', () => {
    const res = analyzeParagraphs(['The advert, made for the betting firm QuickOdds, was banned by the Advertising Standards Authority. The ruling says it was “likely to appeal to children”. It described the ban as “absurd”.']);
    expect(speakerOf(res, 'absurd')).not.toBe('the ruling');
  });

  it('"It called the result “…”" names no firm the sentence before only mentioned: "The union balloted 4,000 members at Portside Logistics."', () => {
    const res = analyzeParagraphs(['The union balloted 4,000 members at Portside Logistics. It called the result “a clear mandate for action”.']);
    expect(speakerOf(res, 'a clear mandate for action')).not.toBe('Portside Logistics');
  });

  it('"It describes ..." after a work\'s title is no body\'s: "Her debut album, Salt Lines, is released on Friday. It describes ..."', () => {
    const res = analyzeParagraphs(['Her debut album, Salt Lines, is released on Friday. It describes her childhood in Durban as “one long hot argument”.']);
    expect(speakerOf(res, 'one long hot argument')).not.toBe('Salt Lines');
  });

  it('someone\'s own newsletter and a dossier a person compiled are theirs, not the documents\'', () => {
    expect(speakerOf(analyzeText('Her weekly newsletter to constituents says: “I will not vote for a tax rise on working families.”'), 'I will not vote')).not.toBe('the newsletter');
    expect(speakerOf(analyzeText('The dossier compiled by the former intelligence officer Gerald Vance says: “The minister met the agent on four occasions.”'), 'The minister met the agent')).toBe('Gerald Vance');
  });
});

describe('round 41: "According to" someone, then a pronoun', () => {
  it('"According to Rosângela Moura Dias, an economist at Tavares Lemos in Rio, ... “…,” she said." is Moura Dias, not the farmer quoted before', () => {
    const res = analyzeParagraphs([
      'Coffee growers in the south said frost had cut their crop. “I lost half my trees in one night,” said Ademir Kuhn, who farms near Franca.',
      'According to Rosângela Moura Dias, an economist at Tavares Lemos in Rio, prices would stay high into next year. “Roasters have no stock left to fall back on,” she said.',
    ]);
    expect(sure(res, 'Roasters have no stock left')).toBe('Rosângela Moura Dias');
  });
});

describe('round 42: a capitalised common word is no person for being a subject', () => {
  it('"... the charity Level One Together, whose director, Dr Paul Ekwueme, ... / He says ... / She is more cautious. “…,” she says." is the scientist named at the start, not "Together"', () => {
    const res = analyzeParagraphs([
      'Dr Ilse Vandermeer has spent twelve years studying why some children’s hearts grow too thick.',
      '“It is not something anyone did wrong,” she says.',
      'Her lab at the Northfield Institute recently found a gene linked to the condition. The work was funded by the charity Level One Together, whose director, Dr Paul Ekwueme, calls it “a landmark”.',
      'He says the charity will fund the lab for another five years.',
      'She is more cautious. “It is one step on a long road,” she says.',
    ]);
    expect(speakerOf(res, 'It is one step on a long road')).not.toBe('Together');
    expect(sure(res, 'It is one step on a long road')).toBe('Ilse Vandermeer');
  });
});

describe('round 42: one person\'s role or age is never a group', () => {
  it('"Supporters waving placards chanted “…” as he climbed onto a lorry. / “…,” said the 58-year-old former nurse." is not the supporters', () => {
    const res = analyzeParagraphs([
      'Crowds filled the square in Dunmore on Saturday to hear the independent candidate, Maeve Costigan-Reilly, make her last appeal before polling day.',
      'Supporters waving green flags chanted “Maeve, Maeve” as she climbed onto a trailer outside the post office.',
      '“This county has been ignored for a generation,” said the 58-year-old former nurse.',
    ]);
    expect(speakerOf(res, 'This county has been ignored')).not.toBe('Supporters');
  });
});

describe('round 42: the one heard or seen doing the shouting', () => {
  it('"Video shared online appears to capture a voice from the stands shouting “…”" is not the video\'s', () => {
    const res = analyzeParagraphs(['Video shared online appears to capture a voice from the stands shouting “Get off the pitch” as the striker was substituted.']);
    expect(speakerOf(res, 'Get off the pitch')).toBeNull();
  });

  it('"A neighbour told the court she heard a man yelling “…”" is the man, unnamed', () => {
    const res = analyzeParagraphs(['Gwen Parry told the court she heard a man yelling “Open the door” moments before the window was smashed.']);
    expect(speakerOf(res, 'Open the door')).toMatch(/^man \(unnamed\)$/);
  });
});

describe('round 42: the one the story opens with by their role, named in that role next', () => {
  it('"... was accused by the chair of a council committee of “…” / Hollis Grant-Obi, who chairs the Audit Committee, pressed ..." is Grant-Obi', () => {
    const res = analyzeParagraphs([
      'A council finance director was accused by the chair of a scrutiny committee of “hiding the numbers” on Thursday, as councillors questioned a £12m overspend on the new leisure centre.',
      'Hollis Grant-Obi, who chairs the Audit and Scrutiny Committee, pressed Renata Vasquez on why the overspend had not been reported sooner.',
    ]);
    expect(sure(res, 'hiding the numbers')).toBe('Hollis Grant-Obi');
  });

  it('not a role the next paragraph gives no one: "the chair of a scrutiny committee ... / Renata Vasquez, the finance director, said ..." stays the chair', () => {
    const res = analyzeParagraphs([
      'A council finance director was accused by the chair of a scrutiny committee of “hiding the numbers” on Thursday.',
      'Renata Vasquez, the finance director, said the figures had been published in full.',
    ]);
    expect(speakerOf(res, 'hiding the numbers')).not.toBe('Renata Vasquez');
  });
});

describe('round 42: "the union" is never a firm', () => {
  it('"Workers at the Kestrel Glass plant have voted to strike, their union said. / "…," the union said." is the union, not Kestrel Glass', () => {
    const res = analyzeParagraphs([
      'Workers at the Kestrel Glass plant in Dayton have voted 87% in favor of strike action, their union said on Friday.',
      '"Our members have spoken, and they have spoken loudly," the union said in a statement.',
      'Plant manager Gary Wozniak said the company was "disappointed but not surprised" and remained committed to reaching a deal.',
    ]);
    expect(speakerOf(res, 'Our members have spoken')).not.toBe('Kestrel Glass');
  });
});

describe('round 42: a firm named only in passing is the one "the company" or "the lender" means', () => {
  it('"Customers of Harbridge Building Society were locked out ... after what the lender described as “…”" is the building society', () => {
    const res = analyzeParagraphs(['Customers of Harbridge Building Society were unable to use their cards for most of Sunday after what the lender described as “an unexpected problem with a supplier.”']);
    expect(speakerOf(res, 'an unexpected problem')).toBe('Harbridge Building Society');
  });
});

describe('round 42, reviewed: the look-alikes of this round\'s rules', () => {
  it('"According to" a data firm is no "she": "Estate agent Brenda Okafor said ... / According to Zoopla, ... “…,” she said." is not Zoopla', () => {
    const res = analyzeParagraphs([
      'Estate agent Brenda Okafor said demand in Kent had held up better than expected.',
      'According to Zoopla, the average asking price in the county rose 4 per cent last year. “Buyers are still out there,” she said.',
    ]);
    expect(speakerOf(res, 'Buyers are still out there')).not.toBe('Zoopla');
  });

  it('a lede\'s role set apart from its holder ("A former minister", "A junior minister") is not the holder named next', () => {
    for (const [lede, next, name] of [
      ['A former minister has called the trade deal “a surrender dressed up as a victory”.', 'Minister Rahul Deshmukh said the deal would create jobs.', 'Rahul Deshmukh'],
      ['A junior minister has described the housing target as “a fantasy nobody believes”.', 'Minister Elena Vasquez said on Tuesday the target would be met.', 'Elena Vasquez'],
    ] as const) {
      const res = analyzeParagraphs([lede, next]);
      expect(speakerOf(res, res.quotes[0]!.text.slice(0, 12))).not.toBe(name);
    }
  });

  it('a thing seen or heard does not speak, and the one who saw it still may: "Okafor filmed a short clip on his phone saying “…”" is Okafor', () => {
    const res = analyzeParagraphs(['Okafor filmed a short clip on his phone saying “We are not going anywhere”.']);
    expect(sure(res, 'We are not going anywhere')).toBe('Okafor');
  });
});

describe('round 42: someone brought in as anyone in what the subject reported is no rival for an age', () => {
  it('"One victim, Margaret Orme, said she had let a man into her kitchen ... / ‘…,’ said the 83-year-old." is Orme', () => {
    const res = analyzeParagraphs([
      'Detectives investigating a string of burglaries in Ripon have released images of two men they want to speak to.',
      'One victim, Margaret Orme, said she had let a man into her kitchen after he told her there was a leak in the street.',
      '‘He was so polite. He had a clipboard and a lanyard,’ said the 83-year-old.',
    ]);
    expect(sure(res, 'He was so polite')).toBe('Margaret Orme');
  });
});

describe('round 42, reviewed: a surname that reads as a plural is no group', () => {
  it('"It was unclear whether Peters was ready to follow that script. The Ohio senator emailed supporters saying: “…”" is Peters', () => {
    const res = analyzeParagraphs(['It was unclear whether Peters was ready to follow that script. The Ohio senator emailed supporters saying: “The fight goes on” and vowing to campaign next week.']);
    expect(speakerOf(res, 'The fight goes on')).toBe('Peters');
  });
});

describe('round 42: "So says" gives the words before it, as "So said" does', () => {
  it('"“I have fitted more than 9,000 boilers, and I still learn something every week.” / So says Bartholomew Achterberg, who retires this week ..." is Achterberg', () => {
    const res = analyzeParagraphs([
      '“I have fitted more than 9,000 boilers, and I still learn something every week.”',
      'So says Bartholomew Achterberg, who retires this week after 41 years as a heating engineer in Rochdale.',
    ]);
    expect(sure(res, 'I have fitted more than')).toBe('Bartholomew Achterberg');
  });
});

describe('round 42: a company\'s accounts and a board\'s minutes are documents', () => {
  it('"The accounts say the club remains “…”" and "“…,” the minutes said" are the documents\' words', () => {
    const a = analyzeParagraphs(['Harbury Town lost £9m last year, according to accounts filed on Friday.', 'The accounts say the club remains “dependent on its owner’s support”.']);
    expect(speakerOf(a, 'dependent on its owner')).toBe('the accounts');
    const m = analyzeParagraphs(['Policymakers at the Coastal Reserve Board were split in May, minutes published on Wednesday showed.', '“Some members judged that the risks remained to the upside,” the minutes said.']);
    expect(speakerOf(m, 'Some members judged')).toBe('the minutes');
  });
});

describe('round 42: "someone" with a longer place after it', () => {
  it('"When the chief executive, Adrian Foulkes, said ... “…”, someone at the back of the hall shouted “Rubbish!”" is not Foulkes', () => {
    const res = analyzeParagraphs(['When the chief executive, Adrian Foulkes, said the merger would “protect services for the long term”, someone at the back of the hall shouted “Rubbish!” and the room erupted in applause.']);
    expect(sure(res, 'Rubbish!')).toBeNull();
  });
});

describe('round 42: the cue after a quote is not read when the verb right before it is someone unnamed\'s', () => {
  it('"someone in the public gallery shouted “…” and a woman began to cry" names no one, not the woman', () => {
    const res = analyzeParagraphs(['There were angry scenes at the court.', 'As the sentence was passed, someone in the public gallery shouted “That is not enough!” and a woman began to cry.']);
    expect(speakerOf(res, 'That is not enough!')).toBeNull();
  });
});

describe('round 42, reviewed again: the late rules\' look-alikes', () => {
  it('a union the story named without the word "union" is still "the union": "The Royal College of Midwives said ... / “…,” the union said."', () => {
    const res = analyzeParagraphs(['The Royal College of Midwives said its members in Wales had voted to reject the pay award.', '“Midwives have spoken loudly and clearly,” the union said.']);
    expect(speakerOf(res, 'Midwives have spoken')).not.toBe('the union');
  });

  it('a firm named beside one brought in unnamed is not "the airline": "a budget carrier ... a baggage system supplied by Corvane Systems failed"', () => {
    const res = analyzeParagraphs(['Passengers flying with a budget carrier were stranded at Lisbon after a baggage system supplied by Corvane Systems failed.', '“We are doing everything we can to get people home,” the airline said.']);
    expect(speakerOf(res, 'We are doing everything')).not.toBe('Corvane Systems');
  });

  it('a thing heard saying it is no one the story names: "Commuters heard the tannoy announcing “…”" is not the commuters', () => {
    const res = analyzeParagraphs(['Commuters at Victoria station heard the tannoy announcing “All services to Brighton are cancelled” just after 7am.']);
    expect(sure(res, 'All services to Brighton')).toBeNull();
  });

  it('a numbered thing is no one: "So says Article 12 of the Constitution, which ..." is not "Article"', () => {
    const res = analyzeParagraphs(['“Every citizen shall have the right to clean water.”', 'So says Article 12 of the Constitution, which Justice Mbeki helped to write.']);
    expect(speakerOf(res, 'Every citizen shall')).not.toBe('Article');
  });
});

describe('round 42: "reminded" reports speech', () => {
  it('"When one councillor shouted “…” at the leader, the mayor reminded him that the chamber was “not a market stall”" is the mayor\'s', () => {
    const res = analyzeParagraphs([
      'The mayor, Councillor Dorothea Aske-Mensah, opened the meeting at 7pm.',
      'When one councillor shouted “Resign!” at the leader, the mayor reminded him that the chamber was “not a market stall”.',
    ]);
    expect(speakerOf(res, 'not a market stall')).not.toBe('councillor (unnamed)');
    expect(speakerOf(res, 'not a market stall')).toBe('Dorothea Aske-Mensah');
  });
});

describe('round 42: "According to a statement issued by" a body is the body', () => {
  it('"According to a statement issued later by the Ministry of Transport, “…”" is the ministry, not "statement"', () => {
    const res = analyzeParagraphs(['According to a statement issued later by the Ministry of Transport, “all requests will be considered in the usual way.”']);
    expect(speakerOf(res, 'all requests will be')).toBe('Ministry of Transport');
  });
});

describe('round 42: a place after "from" is no one else in the sentence', () => {
  it('"Graham Pellow, from Penwithick, said ... “…,” said the 61-year-old" is sure to him, with a firm that speaks later in the story', () => {
    const res = analyzeParagraphs([
      'Customers of broadband supplier Fibrelle have complained of being billed twice in the same week.',
      'Graham Pellow, from Penwithick, said £96 had left his account on two days running. “I have reported it five times,” said the 61-year-old.',
      'Fibrelle said a “handful” of accounts had been affected.',
    ]);
    expect(sure(res, 'I have reported it')).toBe('Graham Pellow');
  });

  it('but not past someone else in that sentence: "Graham Pellow and Jory Pascoe said ... “…,” said the 61-year-old" stays unsure', () => {
    const res = analyzeParagraphs([
      'Customers of broadband supplier Fibrelle have complained of being billed twice in the same week.',
      'Graham Pellow and Jory Pascoe said £96 had left their accounts on two days running. “I have reported it five times,” said the 61-year-old.',
      'Fibrelle said a “handful” of accounts had been affected.',
    ]);
    expect(sure(res, 'I have reported it')).toBeNull();
  });
});

describe('round 42: "But" before a title and a name opens the subject', () => {
  it('"But Dr Samira Haddad, the medical director of ..., said ... / “…,” she said." is hers, past another woman quoted before', () => {
    const res = analyzeParagraphs([
      'Plans to close the maternity unit at Pellbridge General have split the town\'s doctors.',
      'Dr Ruth Amadi, who has led the unit for a decade, said the closure would put mothers at risk. “The nearest unit is forty miles away,” she said.',
      'But Dr Samira Haddad, the medical director of the health board that drew up the plans, said the unit delivered too few babies to keep its skills.',
      '“Most mothers would be safer in a larger unit,” she said.',
    ]);
    expect(sure(res, 'Most mothers would')).toBe('Samira Haddad');
  });
});

describe('round 43: an unnamed source the sentence opens with, past its phrase and clauses', () => {
  it('"A senior councillor who asked not to be named said: “…”" is the councillor (unnamed)', () => {
    const res = analyzeParagraphs(['The deputy leader resigned on Monday.', 'A senior councillor who asked not to be named said: “It was coming for months.”']);
    expect(speakerOf(res, 'It was coming for months')).toBe('senior councillor (unnamed)');
  });

  it('"A diplomat from one of the blocking countries, who asked not to be named because ..., said the plan “…”" is the diplomat (unnamed)', () => {
    const res = analyzeParagraphs(['Talks on the fishing accord broke up without a deal.', 'A diplomat from one of the blocking countries, who asked not to be named because the talks were private, said the plan “would empty our harbours”.']);
    expect(speakerOf(res, 'would empty our harbours')).toBe('diplomat (unnamed)');
  });

  it('"An official at the ministry concerned, who was not authorised to speak publicly, said each case was “…”" is the official', () => {
    const res = analyzeParagraphs(['Dozens of visa requests for the youth orchestra were refused.', 'An official at the ministry concerned, who was not authorised to speak publicly, said each case was “judged on its own facts.”']);
    expect(speakerOf(res, 'judged on its own facts')).toMatch(/^official\b.*\(unnamed\)$/);
  });

  it('"A European delegate, speaking on condition of anonymity because ..., said a target “…”" is the delegate (unnamed)', () => {
    const res = analyzeParagraphs(['Rich countries resisted a fixed yearly sum.', 'A European delegate, speaking on condition of anonymity because the talks are confidential, said a target “means nothing without a payer”.']);
    expect(speakerOf(res, 'means nothing without')).toBe('European delegate (unnamed)');
  });

  it('but only for its own verb: "A tenant who asked not to be named said the landlord had called the wiring “…”" is not the tenant\'s', () => {
    const res = analyzeParagraphs(['A fire broke out on Elm Row.', 'A tenant who asked not to be named said the landlord had called the wiring “perfectly safe” only last month.']);
    expect(speakerOf(res, 'perfectly safe')).not.toBe('tenant (unnamed)');
  });
});

describe('round 43: a document, a body or its people opening the sentence, owned or with a phrase before the verb', () => {
  it('"The choir’s management said in a statement that it was “…”" is the choir’s management', () => {
    const res = analyzeParagraphs(['Singers at the Harbourside Choir voted to stop rehearsing.', 'The choir’s management said in a statement that it was “saddened and surprised” by the vote.']);
    expect(speakerOf(res, 'saddened and surprised')).toBe('the choir’s management');
  });

  it('"The Ombudsman’s report, laid before parliament in June, says the agency “…”" is the report', () => {
    const res = analyzeParagraphs(['Complaints about the benefits agency doubled last year.', 'The Ombudsman’s report, laid before parliament in June, says the agency “lost track of its own letters”.']);
    expect(speakerOf(res, 'lost track of its own')).toBe('the Ombudsman’s report');
  });

  it('"The advisory, issued at 4 a.m., warns that “…”" is the advisory', () => {
    const res = analyzeParagraphs(['Tap water in the valley was declared unsafe.', 'The advisory, issued at 4 a.m., warns that “boiling will not make the water safe.”']);
    expect(speakerOf(res, 'boiling will not make')).toBe('the advisory');
  });

  it('"The study’s authors wrote that growers “…”" is the study’s authors', () => {
    const res = analyzeParagraphs(['Bees exposed to the spray foraged less.', 'The study’s authors wrote that growers “should think twice” before spraying in bloom.']);
    expect(speakerOf(res, 'should think twice')).toBe('the study’s authors');
  });

  it('past a phrase opening the sentence: "In a statement released through police, the girl’s parents said they were “…”"', () => {
    const res = analyzeParagraphs(['A missing nine-year-old was found safe on Sunday.', 'In a statement released through police, the girl’s parents said they were “beyond grateful” to the volunteers.']);
    expect(speakerOf(res, 'beyond grateful')).toBe('the girl’s parents');
  });

  it('the set-off phrase\'s own quote is not the document\'s: "The council’s report, which the mayor called “a whitewash”, says the drains were “…”"', () => {
    const res = analyzeParagraphs(['The inquiry into the flooding ended in March.', 'The council’s report, which the mayor called “a whitewash”, says the drains were “adequately maintained”.']);
    expect(speakerOf(res, 'adequately maintained')).toBe('the council’s report');
    expect(speakerOf(res, 'a whitewash')).not.toBe('the council’s report');
  });
});

describe('round 43: one told something, past its auxiliaries, reporting it in a clause of saying', () => {
  it('"The coastguard said it had been informed and was ‘…’" is the coastguard', () => {
    const res = analyzeParagraphs(['A trawler sank off the headland overnight.', 'The coastguard said it had been informed and was ‘assessing the situation’.']);
    expect(speakerOf(res, 'assessing the situation')).toBe('the coastguard');
  });

  it('"She said she had been told “…”" is hers when no one tells her in the sentence', () => {
    const res = analyzeParagraphs(['Patients waited months for scans.', 'Morag Lindsay said she had been told the results would come “in the autumn, and not a day before”.']);
    expect(speakerOf(res, 'in the autumn, and not')).toBe('Morag Lindsay');
  });
});

describe('round 43: "It" opening a paragraph after a body quoted at the end of the one before', () => {
  it('"The navy said in a statement that it had struck “a legitimate target”. / It said “every precaution” had been taken" is the navy', () => {
    const res = analyzeParagraphs([
      'A drone boat was sunk off the coast overnight, local officials said.',
      'The navy said in a statement that it had struck “a legitimate target”.',
      'It said “every precaution” had been taken to protect shipping.',
    ]);
    expect(speakerOf(res, 'every precaution')).toBe('the navy');
  });

  it('but not one a person answered there: "... / It was, she said, “nonsense”" is no body\'s', () => {
    const res = analyzeParagraphs([
      'The navy said in a statement that it had struck “a legitimate target”.',
      'It was “nonsense”, said Ines Vargas-Lind, whose brother was on board.',
    ]);
    expect(speakerOf(res, 'nonsense')).not.toBe('the navy');
  });
});

describe('round 43: a paragraph of quotes only, speaking as "I", after one about one person called by a pronoun', () => {
  it('"Gwilym Arkwright drives the minibus. / He is 74 ... and knows every passenger by name. / “Some days I am ...”" is his', () => {
    const res = analyzeParagraphs([
      'Gwilym Arkwright drives the village minibus three days a week.',
      'He is 74, has driven for the scheme for 15 years, and knows every passenger by name.',
      '“Some days I am the only person they speak to.”',
    ]);
    expect(speakerOf(res, 'Some days I am')).toBe('Gwilym Arkwright');
  });

  it('but not after a paragraph that also speaks of someone else: "... He drives with his wife, Morfudd Arkwright. / “Some days I am ...”" names no one for sure', () => {
    const res = analyzeParagraphs([
      'Gwilym Arkwright drives the village minibus three days a week.',
      'He is 74 and has driven for the scheme for 15 years. Morfudd Arkwright, his wife, rides along.',
      '“Some days I am the only person they speak to.”',
    ]);
    expect(sure(res, 'Some days I am')).toBeNull();
  });
});

describe('round 43: "said the building’s architect, Name": a role owned by a thing in lower case, then the name', () => {
  it('"“…,” said the bridge’s architect, Ottoline Varga, who ..." is Ottoline Varga', () => {
    const res = analyzeParagraphs(['The footbridge reopened on Saturday.', '“When the first crowd crossed, I held my breath,” said the bridge’s architect, Ottoline Varga, who had faced years of criticism.']);
    expect(speakerOf(res, 'When the first crowd')).toBe('Ottoline Varga');
  });

  it('"“…,” said the campaign\'s co-founder, Wendell Pryor, a retired postman" is Wendell Pryor', () => {
    const res = analyzeParagraphs(['Residents packed the hall.', '"This is about our street," said the campaign\'s co-founder, Wendell Pryor, a retired postman.']);
    expect(speakerOf(res, 'This is about our street')).toBe('Wendell Pryor');
  });
});

describe('round 43: a nationality of two words is an epithet, never a name', () => {
  it('"Sipho Ndlovu weighed in an hour later. “…,” the South African said." is Sipho Ndlovu', () => {
    const res = analyzeParagraphs(['Sipho Ndlovu weighed in an hour later. “He looks slow already,” the South African said.']);
    expect(speakerOf(res, 'He looks slow already')).toBe('Sipho Ndlovu');
  });

  it('"Aroha Te Rangi won the stage. “…,” said the New Zealander." is Aroha Te Rangi, not "New Zealander"', () => {
    const res = analyzeParagraphs(['Aroha Te Rangi won the stage on Sunday. “My legs were gone,” said the New Zealander.']);
    expect(speakerOf(res, 'My legs were gone')).toBe('Aroha Te Rangi');
    expect(res.cast.some((c) => c.name === 'New Zealander')).toBe(false);
  });
});

describe('round 43: the word right after "who" is the clause\'s verb', () => {
  it('"A volunteer driver who feeds elderly neighbours said: “…”" is the driver, not "feeds elderly neighbours"', () => {
    const res = analyzeParagraphs(['The mayor refuses to leave the city.', 'Asked about her refusal, a volunteer driver who feeds elderly neighbours said: “She is the reason they stay.”']);
    expect(speakerOf(res, 'She is the reason')).toBe('volunteer driver (unnamed)');
  });
});

describe('round 43, reviewed: the look-alikes the new rules must leave alone', () => {
  it('a body opening the sentence is not the one a "who" clause after its verb quotes: "The trustees visited farmers who said the cut was “…”"', () => {
    const res = analyzeParagraphs(['The trustees visited farmers who said the subsidy cut was “a disaster”.']);
    expect(speakerOf(res, 'a disaster')).not.toBe('the trustees');
    const res2 = analyzeParagraphs(['The study’s authors interviewed 40 mothers who described the waiting times as “inhumane”.']);
    expect(speakerOf(res2, 'inhumane')).not.toBe('the study’s authors');
  });

  it('an unnamed source is not the one whose words it reports: "A nurse who asked not to be named said a consultant had told her: “…”"', () => {
    const res = analyzeParagraphs(['A nurse who asked not to be named said a consultant had told her: “Just discharge them.”']);
    expect(speakerOf(res, 'Just discharge them')).not.toBe('nurse (unnamed)');
  });

  it('"It said" is not sure of a quote another verb in its sentence brings: "It said, quoting its chief of staff, General Ilan Dror, that ... “…”"', () => {
    const res = analyzeParagraphs(['The military said in a statement that it had carried out “a precise strike”.', 'It said, quoting its chief of staff, General Ilan Dror, that the operation was “a success”.']);
    expect(speakerOf(res, 'a success')).not.toBe('the military');
  });

  it('"It" after a paragraph about a document may be the document: "The ministry said it had received the review ... / It recommends “…”"', () => {
    const res = analyzeParagraphs(['The ministry said it had received the review and found it “thorough”.', 'It recommends “urgent reform” of the coroners’ system.']);
    expect(speakerOf(res, 'urgent reform')).not.toBe('the ministry');
  });

  it('a quote after a paragraph telling a death is not the dead man\'s: "He died at the scene ... / “I wake up every morning ...”"', () => {
    const res = analyzeParagraphs(['Kieran Walsh was 19.', 'He died at the scene after his motorbike hit a lorry on the A48.', '“I wake up every morning and check my phone for a message that never comes.”']);
    expect(speakerOf(res, 'I wake up every morning')).not.toBe('Kieran Walsh');
  });

  it('nor one before a paragraph paying tribute: "... / “We will have to find someone else now.” / The club’s chairman, Ken Tattersall, was among the first to pay tribute."', () => {
    const res = analyzeParagraphs(['Harold Mapp kept the scores at Oakworth Cricket Club for half a century.', 'He never missed a home game, and he never used a pencil.', '“We will have to find someone else now, and I do not know who.”', 'The club’s chairman, Ken Tattersall, was among the first to pay tribute.']);
    expect(speakerOf(res, 'We will have to find')).not.toBe('Harold Mapp');
  });

  it('a nationality of two words goes to the one the story gave it: "Erik Lindqvist and the South African Pieter de Wet shared the lead. “…,” said the South African."', () => {
    const res = analyzeParagraphs(['Erik Lindqvist and the South African Pieter de Wet shared the lead. “It’s a two-horse race,” said the South African.']);
    expect(speakerOf(res, 'It’s a two-horse race')).toBe('Pieter de Wet');
    const res2 = analyzeParagraphs(['Kamal Fofanah became the first Sierra Leonean to reach an Olympic final.', '“I have made history,” said the Sierra Leonean.']);
    expect(speakerOf(res2, 'I have made history')).toBe('Kamal Fofanah');
  });

  it('and is unsure past another nation: "Aroha Te Rangi won. Lindiwe Dube of South Africa finished second. / “…,” said the New Zealander." is not Dube for sure', () => {
    const res = analyzeParagraphs(['Aroha Te Rangi won in 2:24:10. Lindiwe Dube of South Africa finished second.', '“I had nothing left at the end,” said the New Zealander.']);
    expect(sure(res, 'I had nothing left')).not.toBe('Lindiwe Dube');
    const res2 = analyzeParagraphs(['Jasmine Cruz, 24, from San Juan, took the bronze. Britain’s Ellie Fane won the gold.', '“I am so proud to bring a medal home,” said the Puerto Rican.']);
    expect(sure(res2, 'I am so proud')).not.toBe('Ellie Fane');
  });

  it('an age is no sure pick of one the quote calls by name: "The New Zealander beat Rebecca Stone. / “Rebecca pushed me all the way,” said the 22-year-old."', () => {
    const res = analyzeParagraphs(['Maia Tane Ngata won the women’s singles. The New Zealander beat Rebecca Stone in straight sets.', '“Rebecca pushed me all the way,” said the 22-year-old.']);
    expect(sure(res, 'Rebecca pushed me')).not.toBe('Rebecca Stone');
  });

  it('a name of two words after "into" or "at" is someone: "Jess Okoro ran into Ifeoma George at the finish. “…,” said the 29-year-old." stays unsure', () => {
    const res = analyzeParagraphs(['Jess Okoro ran into Ifeoma George at the finish line in Birmingham.', '“I have never been so tired,” said the 29-year-old, who was competing in her last race.']);
    expect(sure(res, 'I have never been so tired')).toBeNull();
  });
});

describe('round 43: a court\'s verbs right after a quote, and titles joined by "and" in capitals', () => {
  it('"“…,” Justice Amara Obi held." and "“…,” the judge ordered." after the judge was named are the judge\'s', () => {
    const res = analyzeParagraphs(['The appeal was dismissed on Friday.', '“The evidence was consistent and unshaken,” Justice Amara Obi held.']);
    expect(speakerOf(res, 'The evidence was consistent')).toBe('Amara Obi');
    const res2 = analyzeParagraphs(['Justice Amara Obi granted the defendant bail and adjourned the case.', '“The defendant shall surrender his passport within 48 hours,” the judge ordered.']);
    expect(speakerOf(res2, 'The defendant shall surrender')).toBe('Amara Obi');
  });

  it('but not such a verb that goes on to an object: "“…,” the club held a minute\'s silence" is no one\'s', () => {
    const res = analyzeParagraphs(['“Gone but never forgotten,” the banner read, as the club held a minute’s silence.']);
    expect(speakerOf(res, 'Gone but never forgotten')).not.toBe('the club');
  });

  it('"“…,” said Managing Director and CEO Anirudh Rao." is Anirudh Rao', () => {
    const res = analyzeParagraphs(['Profit rose 19 per cent in the quarter.', '“We expect the momentum to continue,” said Managing Director and CEO Anirudh Rao.']);
    expect(speakerOf(res, 'We expect the momentum')).toBe('Anirudh Rao');
  });
});

describe('round 43: "said <Body> <modifier> <role> <Name>" is the name', () => {
  it('"“…,” said Harbour Metro planning director Ines Okafor-Lund." is Ines Okafor-Lund, not the body', () => {
    const res = analyzeParagraphs(['The new bus map goes live on Sunday.', '“We are betting on frequency,” said Harbour Metro planning director Ines Okafor-Lund.']);
    expect(speakerOf(res, 'We are betting on')).toBe('Ines Okafor-Lund');
  });
});

describe('round 43: a transcript\'s initials the story gave in brackets after a name', () => {
  it('"He spoke to Marta Quiroga-Lund (MQL) ... / MQL: “…”" is Marta Quiroga-Lund', () => {
    const res = analyzeParagraphs(['Hendrik Oosthuizen took over the vineyard in 2011. He spoke to Marta Quiroga-Lund (MQL) for Cellar & Vine.', 'MQL: “Why go organic when the margins were so thin?”', 'OOSTHUIZEN: “Because the margins were so thin.”']);
    expect(speakerOf(res, 'Why go organic')).toBe('Marta Quiroga-Lund');
  });
});

describe('round 44: one the lede brings in as a plain woman or man is the one the next paragraph opens with by a plain name', () => {
  it('"A woman who saw the crash told an inquest she “…”. / Mairead Ellison was giving evidence ..." is Mairead Ellison', () => {
    const res = analyzeParagraphs(['A woman who saw a cyclist hit by a bus told an inquest she “heard the brakes before the bang”.', 'Mairead Ellison was giving evidence on the second day of the inquest into the death of Tomasz Nowak, 41.']);
    expect(speakerOf(res, 'heard the brakes')).toBe('Mairead Ellison');
  });

  it('but not one named with a title, who is someone else: "... / Detective Sergeant Ruth Allan said ..." leaves the woman unnamed', () => {
    const res = analyzeParagraphs(['A woman who saw a cyclist hit by a bus told an inquest she “heard the brakes before the bang”.', 'Detective Sergeant Ruth Allan said the bus had been travelling at 28mph.']);
    expect(speakerOf(res, 'heard the brakes')).not.toBe('Ruth Allan');
  });
});

describe('round 44: the interviewer named with their paper after "of", no "the"', () => {
  it('"She spoke to Anders Vik of Harbour Ledger about ... / Q: “…” / A: “…”" asks as Anders Vik and answers as her', () => {
    const res = analyzeParagraphs(['Maren Holt took over as chief executive of Nordlys Freight in January. She spoke to Anders Vik of Harbour Ledger about driver shortages.', 'Q: “You have raised driver pay twice this year. Why?”', 'A: “Because otherwise we have no drivers.”']);
    expect(speakerOf(res, 'You have raised')).toBe('Anders Vik');
    expect(speakerOf(res, 'Because otherwise')).toBe('Maren Holt');
  });
});

describe('round 44: a cross-examiner named "by" before a transcript asks, and the one questioned answers', () => {
  it('"Under cross-examination by prosecutor Lena Marsh KC, she was asked ... / Q: “…” / A: “…”" asks as Lena Marsh and answers as the defendant', () => {
    const res = analyzeParagraphs([
      'Rosalind Varga, 48, denies nine counts of fraud at Leeds Crown Court.',
      'Under cross-examination by prosecutor Lena Marsh KC, she was asked about payments to a firm run by her cousin. The exchange went as follows:',
      'Q: “Who owned Northgate Advisory?”',
      'A: “My cousin. I never hid that.”',
    ]);
    expect(speakerOf(res, 'Who owned Northgate')).toBe('Lena Marsh');
    expect(speakerOf(res, 'My cousin')).toBe('Rosalind Varga');
  });
});

describe('round 44: whom a journalist described and named was spoken to by, set off with what they are', () => {
  it('"Marta Lindholm, the centre-right candidate for governor of the northern region, spoke to our political editor, Ana Ruiz, ... / Q: / A:" answers as Marta Lindholm', () => {
    const res = analyzeParagraphs([
      'Marta Lindholm, the centre-right candidate for governor of the northern region, spoke to our political editor, Ana Ruiz, ten days before the vote.',
      'Q: “The polls have you behind. Why should voters believe you can win?”',
      'A: “Because four points is nothing this far out.”',
    ]);
    expect(speakerOf(res, 'Because four points')).toBe('Marta Lindholm');
  });
});

describe('round 44: a King\'s Counsel is a barrister, for the lede\'s role named next', () => {
  it('"A barrister ... has told jurors the case is “…”. / Closing for the defence, Imogen Tull KC said ..." is Imogen Tull', () => {
    const res = analyzeParagraphs([
      'A barrister representing a man charged with running a drugs network has told jurors the case is built on “hunches dressed up as proof”.',
      'Closing for the defence at Luton Crown Court, Imogen Tull KC said there was no forensic evidence linking her client to the phones.',
    ]);
    expect(speakerOf(res, 'hunches dressed up')).toBe('Imogen Tull');
  });
});

describe('round 44: "the spokesman" far on is the one unnamed spokesman the story brought in', () => {
  it('"A spokesman for Corvane Air said ... / (a passenger quoted) / The spokesman said refunds would come “…”" is the airline\'s spokesman', () => {
    const res = analyzeParagraphs([
      'Passengers on 200 cancelled Corvane Air flights will be compensated, the regulator ruled.',
      'A spokesman for Corvane Air said the airline would “comply fully” with the ruling.',
      'Among those stranded was Rashid Okoye, who spent two nights at the airport. “Nobody came,” he said.',
      '“I want my money back.”',
      'The spokesman said refunds would be processed “within 28 days of a valid claim”.',
    ]);
    expect(speakerOf(res, 'within 28 days')).toBe('spokesman for Corvane Air (unnamed)');
  });

  it('but not when the story brought in two: "A police spokesman ... A council spokeswoman ... / The spokesman said" is not sure of either', () => {
    const res = analyzeParagraphs([
      'A spokesman for the police said two men had been arrested.',
      'A spokesman for the council said the road would reopen on Monday.',
      'Residents said they had been kept in the dark. “Nobody told us anything,” said Amara Cole.',
      '“We found out from the news.”',
      'The spokesman said the closure had been “unavoidable”.',
    ]);
    expect(sure(res, 'unavoidable')).not.toBe('Amara Cole');
  });
});

describe('round 44: "whip" is a person\'s word', () => {
  it('"A whip, who spoke on condition of anonymity, disputed that. “…,” he said." is the whip (unnamed)', () => {
    const res = analyzeParagraphs(['Party managers expect a rebellion next week.', 'A whip, who spoke on condition of anonymity, disputed that. “They say forty on Monday and it is twelve by Wednesday,” he said.']);
    expect(speakerOf(res, 'They say forty')).toBe('whip (unnamed)');
  });
});

describe('round 44, reviewed: the look-alikes the new rules must leave alone', () => {
  it('the lede\'s plain man is not one the next paragraph tells dead: "A man who saw the crash said it was “…”. / Ravi Sandhu died at the scene"', () => {
    const res = analyzeParagraphs(['A man who saw the crash said it was “like a bomb going off”.', 'Ravi Sandhu died at the scene, police said.']);
    expect(speakerOf(res, 'like a bomb')).not.toBe('Ravi Sandhu');
  });

  it('a counsel set off with the other side is no sure match for the lede\'s barrister: "Thaddeus Mwale KC, for the Metropolitan Police, said"', () => {
    const res = analyzeParagraphs(['A barrister representing the family of a man who died in police custody has told jurors his death was “entirely preventable”.', 'Thaddeus Mwale KC, for the Metropolitan Police, said officers had followed their training.']);
    expect(sure(res, 'entirely preventable')).toBeNull();
  });

  it('"of Harbour Press" is no paper: "She spoke to Gwen Tally of Harbour Press about the floods" does not make Tally the asker', () => {
    const res = analyzeParagraphs(['Ines Duarte is our business editor.', 'She spoke to Gwen Tally of Harbour Press about the floods that wrecked the family printing firm.', 'Q: “How bad was it?”', 'A: “We lost every press on the ground floor.”']);
    expect(sure(res, 'How bad was it')).not.toBe('Gwen Tally');
  });

  it('a doctor\'s examination or an earlier cross-examination is no asker: "examined by Dr Omar Saleh", "cross-examined by Ms Lowe on Tuesday. Today the court heard from his wife"', () => {
    const res = analyzeParagraphs(['Ruth Gale was examined by Dr Omar Saleh at the scene, the court heard. She was then asked by prosecutor Carl Webb about her injuries.', 'Q: “Were you in pain?”', 'A: “A great deal.”']);
    expect(sure(res, 'Were you in pain')).not.toBe('Omar Saleh');
    const res2 = analyzeParagraphs(['He was cross-examined by Ms Lowe on Tuesday. Today the court heard from his wife, Rebecca Tanner.', 'Q: “Did your husband own a gun?”', 'A: “Not that I knew.”']);
    expect(sure(res2, 'Did your husband')).not.toBe('Lowe');
  });

  it('a cross-examined "she" is no sure answerer with two women named: "Anneke Vos denies fraud. Her sister, Lotte Vos, was also in court. Under cross-examination ..., she was asked"', () => {
    const res = analyzeParagraphs(['Anneke Vos, 44, denies fraud. Her sister, Lotte Vos, was also in court.', 'Under cross-examination by prosecutor Simon Achterberg KC, she was asked about the messages. The exchange went as follows:', 'Q: “Did you send them?”', 'A: “I did not.”']);
    expect(sure(res, 'I did not')).not.toBe('Lotte Vos');
  });

  it('one who has not spoken to the journalist does not answer: "Alfonso Reyes ... has not spoken to our Madrid correspondent, Elena Ruiz, since."', () => {
    const res = analyzeParagraphs(['Alfonso Reyes, who was mayor when the scandal broke, has not spoken to our Madrid correspondent, Elena Ruiz, since.', 'Q: “Can you win?”', 'A: “Of course.”']);
    expect(sure(res, 'Of course')).toBeNull();
  });
});

describe('round 45: a name of two words or more the story only ever puts after "the" is a thing, not a he or a she (nor a "-born" word)', () => {
  it('"Parveen Oduya unlocks the side door of the Regal Cinema in Hull ... / “…,” she says." is Oduya, not the cinema', () => {
    const res = analyzeParagraphs([
      'Every morning at seven, Parveen Oduya unlocks the side door of the Regal Cinema in Hull and threads the first reel.',
      '“If the film is bad, I tell people at the door,” she says. “They like that.”',
    ]);
    expect(sure(res, 'If the film is bad')).toBe('Parveen Oduya');
    expect(sure(res, 'They like that')).toBe('Parveen Oduya');
  });

  it('a prize after "the" is not the one a Q and A\'s "She spoke to our books editor" means: the answers are the novelist\'s', () => {
    const res = analyzeParagraphs([
      'Novelist Ayodele Fashanu-Brook’s second book has been shortlisted for the Lindqvist Prize. She spoke to our books editor, Martin Haas.',
      'Q: “How long did it take?”',
      'A: “Six years, and two of them were spent on the first page.”',
    ]);
    expect(sure(res, 'How long did it take')).toBe('Martin Haas');
    expect(sure(res, 'Six years')).toBe('Ayodele Fashanu-Brook');
  });

  it('a "-born" word is no he or she: "The Pretoria-born nurse describes ... / “…,” she says." is the nurse the story named', () => {
    const res = analyzeParagraphs([
      'Lindiwe Mabaso-Kerr was 38 when she climbed her first mountain.',
      'The Pretoria-born nurse describes the habit as “a slow kind of madness.” She trains, she says, before her night shifts.',
      'Asked whether she will stop, she shrugs. “Not while my knees still work,” she says.',
    ]);
    expect(sure(res, 'Not while my knees')).toBe('Lindiwe Mabaso-Kerr');
  });

  it('a name the lexicon does not know, given without "the", is still a she: "Thandeka Mhlope-Varga opened the bakery in 1998."', () => {
    const res = analyzeParagraphs([
      'Thandeka Mhlope-Varga opened the bakery in 1998.',
      '“I still make the first loaf myself,” she said.',
    ]);
    expect(sure(res, 'I still make')).toBe('Thandeka Mhlope-Varga');
  });
});

describe('round 45: a Q and A whose intro names one journalist and one other person', () => {
  it('"Interview by Hanne Solberg." credits the asker; the one other person named answers', () => {
    const res = analyzeParagraphs([
      'Glaciologist Ruben Achterhof-Mensah has measured the same ice field in Svalbard for nineteen summers. Interview by Hanne Solberg.',
      'Q: “How fast is it going?”',
      'A: “Faster every year. We lost four metres of thickness last summer alone.”',
    ]);
    expect(sure(res, 'How fast is it going')).toBe('Hanne Solberg');
    expect(sure(res, 'Faster every year')).toBe('Ruben Achterhof-Mensah');
  });

  it('"She spoke in Lagos to Harbour Wire’s West Africa correspondent, Emeka Obi." (a place between the verb and "to")', () => {
    const res = analyzeParagraphs([
      'The director of the charity Clean Wells Trust, Funmilayo Adebanjo-Reyes, has just visited the northern camps. She spoke in Lagos to Harbour Wire’s West Africa correspondent, Emeka Obi.',
      'Q: “What do people need most?”',
      'A: “Water, then shade, then schools.”',
    ]);
    expect(sure(res, 'What do people need most')).toBe('Emeka Obi');
    expect(sure(res, 'Water, then shade')).toBe('Funmilayo Adebanjo-Reyes');
  });

  it('"Morag Keddie, our music correspondent, met the cellist Anselm Vauquelin" (the journalist opens the sentence)', () => {
    const res = analyzeParagraphs([
      'Morag Keddie, our music correspondent, met the cellist Anselm Vauquelin before his last recital.',
      'Q: “Will you miss it?”',
      'A: “Ask me in a month.”',
    ]);
    expect(sure(res, 'Will you miss it')).toBe('Morag Keddie');
    expect(sure(res, 'Ask me in a month')).toBe('Anselm Vauquelin');
  });

  it('"Dunmore Echo reporter Ciaran Lally put readers’ questions to Yetunde Okafor-Blake, the council’s head of parks."', () => {
    const res = analyzeParagraphs([
      'The park’s lake has been drained for the third time in a year. Dunmore Echo reporter Ciaran Lally put readers’ questions to Yetunde Okafor-Blake, the council’s head of parks.',
      'Q: “When will the lake be refilled?”',
      'A: “By the end of May, if the liner holds.”',
    ]);
    expect(sure(res, 'When will the lake')).toBe('Ciaran Lally');
    expect(sure(res, 'By the end of May')).toBe('Yetunde Okafor-Blake');
  });

  it('a journalist with no paper\'s word may be the one interviewed: "Veteran presenter Kate Innes ... Her producer, Tom Reid," names no sure asker or answerer', () => {
    const res = analyzeParagraphs([
      'Veteran presenter Kate Innes retires this week after thirty years on air. Her producer, Tom Reid, organised a farewell.',
      'Q: “What will you miss?”',
      'A: “The early starts, oddly.”',
    ]);
    expect(sure(res, 'What will you miss')).not.toBe('Kate Innes');
    expect(sure(res, 'The early starts')).not.toBe('Tom Reid');
  });

  it('two people besides the journalist leave the answers unsure: "Interview by Hanne Solberg" after a couple named', () => {
    const res = analyzeParagraphs([
      'Ruben Achterhof-Mensah and his wife, Ingeborg Lysne, have run the island’s only shop for forty years. Interview by Hanne Solberg.',
      'Q: “Will you sell?”',
      'A: “Not while we can still lift the boxes.”',
    ]);
    expect(sure(res, 'Will you sell')).toBe('Hanne Solberg');
    expect(sure(res, 'Not while we can')).toBeNull();
  });
});

describe('round 45: "the late" before a name tells a death', () => {
  it('"He learned the trade from the late organ builder Henryk Malec. / “…,” he said." is the one who learned it', () => {
    const res = analyzeParagraphs([
      'Tomasz Wierzbowski has restored church organs for forty years. He learned the trade from the late organ builder Henryk Malec in Gdańsk.',
      '“He never let me touch a pipe for the first year,” he said.',
    ]);
    expect(sure(res, 'He never let me')).toBe('Tomasz Wierzbowski');
  });

  it('"the late shift with Henryk Malec" tells no death: the "he" stays unsure', () => {
    const res = analyzeParagraphs([
      'Tomasz Wierzbowski has restored church organs for forty years. He worked the late shift with Henryk Malec in Gdańsk.',
      '“He never let me touch a pipe for the first year,” he said.',
    ]);
    expect(sure(res, 'He never let me')).toBeNull();
  });
});

describe('round 45, reviewed: the look-alikes the new rules must leave alone', () => {
  const qa = (intro: string, q: string, a: string) => analyzeParagraphs([intro, `Q: “${q}”`, `A: “${a}”`]);

  it('a journalist who answers is no asker: "our readers’ editor, Hana Mori, answers your questions", "We put your questions to our chief political correspondent", "spoke to us", a former one', () => {
    expect(sure(qa('Each month our readers’ editor, Hana Mori, answers your questions about how the newsroom works.', 'Why do you print the names?', 'Because open justice depends on it.'), 'Why do you print')).not.toBe('Hana Mori');
    expect(sure(qa('We put your questions to our chief political correspondent, Hugh Ellison.', 'Will there be an early election?', 'I would bet against it.'), 'Will there be')).not.toBe('Hugh Ellison');
    expect(sure(qa('Tobias Grünwald, the Herald’s former Moscow correspondent, spoke to us about his memoir.', 'Did you ever feel in danger?', 'Every single day.'), 'Did you ever')).not.toBe('Tobias Grünwald');
    expect(sure(qa('Jenna Moir, our former Westminster correspondent and now an MP, met voters in Paisley on Saturday.', 'Why did you leave journalism?', 'I wanted to stop describing problems.'), 'Why did you leave')).not.toBe('Jenna Moir');
  });

  it('"interviews by" inside a sentence is no credit line: "built on interviews by Oscar Lindahl with survivors"', () => {
    const res = qa('Director Mei Tanaka’s film, built on interviews by Oscar Lindahl with survivors of the flood, opens on Friday. She spoke to us in Osaka.', 'How long did the edit take?', 'Two years.');
    expect(sure(res, 'How long did the edit')).not.toBe('Oscar Lindahl');
  });

  it('one the journalist met or put questions to must be the one named right after: not "met a nurse who has worked alongside Dr Ian Moffat", not "put the questions from Nadia Kerr to the chief constable"', () => {
    expect(sure(qa('Our reporter Jo Lamb met a nurse who has worked alongside Dr Ian Moffat on the ward for ten years.', 'What is a night shift like?', 'Long, and very quiet until it isn’t.'), 'Long, and very quiet')).toBeNull();
    expect(sure(qa('Our reporter Ali Shah put the questions from Nadia Kerr to the chief constable.', 'Why was my call ignored?', 'It should not have been.'), 'It should not have been')).toBeNull();
  });

  it('the one named right after "put questions to" is no answerer when owned or one of two: "to Councillor Pat Reilly’s successor, Siobhan Greer", "to Tom Reid and Ana Sousa"', () => {
    expect(sure(qa('Host Dana Wells put listeners’ questions to Councillor Pat Reilly’s successor, Siobhan Greer.', 'Will the library reopen?', 'In June.'), 'In June')).not.toBe('Pat Reilly');
    expect(sure(qa('Presenter Carys Vaughan put listeners’ questions to Tom Reid and Ana Sousa, the two candidates for mayor.', 'What is your first priority?', 'Buses.'), 'Buses')).toBeNull();
  });

  it('a credit for photographs names no one in the interview: "Interviews by Hamish Rennie. Photographs by Ayo Balogun. Shepherd Morag Lennox ..."', () => {
    const res = qa('Interviews by Hamish Rennie. Photographs by Ayo Balogun. Shepherd Morag Lennox, 71, still walks the hill every day.', 'Do you ever get lost?', 'Not once in fifty years.');
    expect(sure(res, 'Do you ever get lost')).toBe('Hamish Rennie');
    expect(sure(res, 'Not once in fifty')).toBe('Morag Lennox');
  });

  it('a name given after "the" is someone\'s when it does something as a sentence\'s subject, carries a first name or a word like "Lagos-born", or follows "known as"', () => {
    expect(sure(analyzeParagraphs(['The Aga Khan opened the restored garden in Cairo on Sunday.', '“Beauty is a public good,” he said.']), 'Beauty is a public good')).toBe('Aga Khan');
    expect(sure(analyzeParagraphs(['The Lagos-born Temitope Adeyemi-Cole was coached by Joanna Baptiste for six years before the Olympics.', '“I owe my coach everything,” she said.']), 'I owe my coach')).not.toBe('Joanna Baptiste');
    expect(sure(analyzeParagraphs(['The Dalai Lama met the Archbishop of Cape Town, Thabo Makgoba, in Dharamshala.', '“We laughed for an hour,” he said.']), 'We laughed for an hour')).not.toBe('Thabo Makgoba');
    expect(sure(analyzeParagraphs(['Police hunting the man known as the Fenland Strangler released a new letter on Thursday.', '“You will not find me,” he wrote.']), 'You will not find me')).toBe('Fenland Strangler');
  });
});

describe('round 45: the name someone gave, set off after a description with its own verb', () => {
  it('"A trader at the central market, who gave only his first name, Moussa, said he was relieved. “…,” he said." is Moussa, not the spokesman quoted before', () => {
    const res = analyzeParagraphs([
      'The junta promised elections on Monday. “We will hand over power,” said its spokesman, Colonel Ibrahim Sané.',
      'A trader at the central market, who gave only his first name, Moussa, said he was relieved. “At least now someone is in charge,” he said.',
    ]);
    expect(sure(res, 'At least now someone')).toBe('Moussa');
  });
});

describe('round 45, second review: "the late" tells a death only right before a name or a word for what they were', () => {
  it('"In the late afternoon Pavel Novak", "the late replacement Tomás Ferreira", "The late equaliser Lucy Tran scored" tell no death', () => {
    expect(sure(analyzeParagraphs(['In the late afternoon Pavel Novak walked out of the courtroom to speak to reporters.', '“The verdict is a disgrace,” he said.']), 'The verdict is a disgrace')).toBe('Pavel Novak');
    expect(sure(analyzeParagraphs(['The club signed the late replacement Tomás Ferreira on a one-year deal after the goalkeeper withdrew.', '“It happened very fast, I had a day to decide,” he said.']), 'It happened very fast')).toBe('Tomás Ferreira');
    expect(sure(analyzeParagraphs(['The late equaliser Lucy Tran scored means United stay top.', '“It was a scrappy one but they all count,” she said.']), 'It was a scrappy one')).toBe('Lucy Tran');
  });
});

describe('round 45: "the company said" right after a name of two words that said something', () => {
  it('"Korvane Pharma said in a statement that ... / “…,” the company said." is Korvane Pharma, over "a drug maker" the lede described', () => {
    const res = analyzeParagraphs([
      'A drug maker has recalled two batches of a blood-pressure tablet after tests found the wrong dose in some packs.',
      'Korvane Pharma said in a statement that the fault affected a “small number” of packs made at its plant in Leeds.',
      '“Patient safety comes first, and we are acting out of caution,” the company said.',
    ]);
    expect(sure(res, 'Patient safety comes first')).toBe('Korvane Pharma');
  });

  it('not with another sentence between: "Greenfield Mining said output fell. Chief executive Tom Vance blamed the weather." stays unsure', () => {
    const res = analyzeParagraphs(['Greenfield Mining said output fell 8%. Chief executive Tom Vance blamed the weather.', '“It was the wettest quarter on record,” the company said.']);
    expect(sure(res, 'It was the wettest')).toBeNull();
  });

  it('not a person the story showed to be one: "Chief executive Tom Vance said output fell. / “…,” the company said."', () => {
    const res = analyzeParagraphs(['Chief executive Tom Vance said output fell 8%.', '“It was the wettest quarter on record,” the company said.']);
    expect(sure(res, 'It was the wettest')).not.toBe('Tom Vance');
  });
});

describe('round 45: a role\'s holder who gave only a first name, set off after the cue', () => {
  it('"“…,” said the baker, who gave only her first name, Lucía." is Lucía, not the sentence before\'s subject', () => {
    const res = analyzeParagraphs(['Neighbours describe a courteous man who walks to the bakery every morning. “He always asks after my mother,” said the baker, who gave only her first name, Lucía.']);
    expect(sure(res, 'He always asks')).toBe('Lucía');
  });

  it('a role with no name given keeps the role: "said the baker, who lives opposite"', () => {
    const res = analyzeParagraphs(['The painter rarely leaves home. “He always asks after my mother,” said the baker, who lives opposite.']);
    expect(sure(res, 'He always asks')).toBe('baker (unnamed)');
  });
});

describe('round 45: "According to" a role and the name set off after it, right before the quote', () => {
  it('"According to the county’s cabinet member for children’s services, Priya Ramaswamy, “…”" is Ramaswamy (past commas inside the role)', () => {
    const res = analyzeParagraphs(['The council will close the school in July.', 'According to the council’s director of services for housing, community and rural development, Fionnuala Ní Bhriain, “the grant is finally starting to bite”.']);
    expect(sure(res, 'the grant is finally')).toBe('Fionnuala Ní Bhriain');
  });

  it('not an unnamed source with a second description before the name: "According to one cabinet minister, the prime minister, Andrés Villalobos, “…”"', () => {
    const res = analyzeParagraphs(['The government is preparing an early election.', 'According to one cabinet minister, the prime minister, Andrés Villalobos, “has made up his mind”.']);
    expect(sure(res, 'has made up his mind')).not.toBe('Andrés Villalobos');
  });
});

describe('round 45, third review: only the "who" clause\'s own verb gives the name', () => {
  it('"said the officer, who arrested a man who gave his name as Dmitri", "said the farmer, who employs a labourer named Ismail" name neither', () => {
    expect(sure(analyzeParagraphs(['“He was shouting at everyone,” said the officer, who arrested a man who gave his name as Dmitri.']), 'He was shouting')).not.toBe('Dmitri');
    expect(sure(analyzeParagraphs(['“They took everything,” said the farmer, who employs a labourer named Ismail.']), 'They took everything')).not.toBe('Ismail');
  });
});

describe('round 45, fourth review: "According to" a role names only the one person it describes, with no clause between', () => {
  it('not "the doctors treating the injured jockey, Paddy Quinn", "the agent of the striker, Bruno Salgado", "the coach, our best player ... has been the goalkeeper, Tomasz Nowak"', () => {
    expect(sure(analyzeParagraphs(['According to the doctors treating the injured jockey, Paddy Quinn, “he is lucky to be alive”.']), 'he is lucky')).not.toBe('Paddy Quinn');
    expect(sure(analyzeParagraphs(['According to the agent of the striker, Bruno Salgado, “he wants to stay in Lisbon”.']), 'he wants to stay')).not.toBe('Bruno Salgado');
    expect(sure(analyzeParagraphs(['According to the coach, our best player this season has been the goalkeeper, Tomasz Nowak, “by a distance”.']), 'by a distance')).not.toBe('Tomasz Nowak');
  });

  it('the name the "who" clause gives past "would only", "also", "declined to": "said the stallholder, who would only give his first name, Kwame"', () => {
    expect(sure(analyzeParagraphs(['“Nobody from the council has been down here,” said the stallholder, who would only give his first name, Kwame.']), 'Nobody from the council')).toBe('Kwame');
    expect(sure(analyzeParagraphs(['“The line moves slower every week,” said the driver, who declined to give his surname, Ravi.']), 'The line moves')).toBe('Ravi');
  });
});

describe('round 46: a Q and A\'s journalist "of our" desk', () => {
  it('"Ingrid Solbakken, 31, the goalkeeper who saved three penalties ..., spoke to Chloé Vasseur of our sports desk" — Vasseur asks, Solbakken answers', () => {
    const res = analyzeParagraphs([
      'Oda Lindgren-Moe, 29, the striker who scored twice in the semi-final, spoke to Tomas Riise of our sports desk after training.',
      'Q: “How are the legs?”',
      'A: “Heavy, but they will be ready on Sunday.”',
    ]);
    expect(sure(res, 'How are the legs')).toBe('Tomas Riise');
    expect(sure(res, 'Heavy, but they')).toBe('Oda Lindgren-Moe');
  });

  it('not when the subject spoke to two: "spoke to Tomas Riise and Ane Berg"', () => {
    const res = analyzeParagraphs([
      'Oda Lindgren-Moe, the striker who scored twice in the semi-final, spoke to Tomas Riise and Ane Berg after training.',
      'Q: “How are the legs?”',
      'A: “Heavy.”',
    ]);
    expect(sure(res, 'How are the legs')).not.toBe('Tomas Riise');
  });
});

describe('round 46: a quote-only paragraph the next one says someone "described" so', () => {
  it('"“…” / That was how Amara Nwosu, a 24-year-old trainee teacher, described the moment ..." is Nwosu', () => {
    const res = analyzeParagraphs([
      'Teachers from across the county gathered in Derby on Friday for the national classroom awards.',
      '“I thought it was a prank call from one of my flatmates, to be honest with you.”',
      'That was how Amara Nwosu, a 24-year-old trainee teacher from Leicester, described the moment she learned she had won.',
    ]);
    expect(sure(res, 'I thought it was a prank')).toBe('Amara Nwosu');
  });

  it('not a body: "That was how the council described the decision" names no one', () => {
    const res = analyzeParagraphs([
      'Residents packed the hall on Monday.',
      '“A disgrace from start to finish, and nobody will say sorry for it.”',
      'That was how the council described the decision, according to the minutes.',
    ]);
    expect(sure(res, 'A disgrace from start')).toBeNull();
  });
});

describe('round 46, reviewed: the look-alikes the new rules must leave alone', () => {
  const qa = (intro: string, q: string, a: string) => analyzeParagraphs([intro, `Q: “${q}”`, `A: “${a}”`]);

  it('"of our" is a newsroom\'s only before its desk or staff: not "of our parish", "of our board of trustees", "of our staff union branch"', () => {
    expect(sure(qa('Farmer Gwen Lloyd spoke to Dafydd Rees of our parish about the flood defences, then agreed to talk to the Gazette.', 'How high did the water get?', 'Up to the second rung of the gate.'), 'How high did')).not.toBe('Dafydd Rees');
    expect(sure(qa('Opera singer Svetlana Orlova spoke to Hugo Brandt of our board of trustees after her recital, and then to the Courier.', 'Was the hall too cold?', 'It was freezing.'), 'Was the hall')).not.toBe('Hugo Brandt');
    expect(sure(qa('Union leader Brendan Foley spoke to Aoife Kinsella of our staff union branch before the vote.', 'Will there be a strike?', 'If the offer does not improve, yes.'), 'Will there be')).not.toBe('Aoife Kinsella');
  });

  it('"That was how X described" someone else\'s words names no one: "the minister’s claim", "the call he received at 2.14am from Carla Moss", "remembers his mother’s last words"', () => {
    expect(sure(analyzeParagraphs(['The minister, Jonas Eriksen, spoke for nearly an hour. He said:', '“This bill will change how every family pays for care.”', 'That was how opposition leader Helle Madsen described the minister’s claim, mockingly, hours later.']), 'This bill will change')).not.toBe('Helle Madsen');
    expect(sure(analyzeParagraphs(['Police released the 999 call on Thursday.', '“Please, he has a knife.”', 'That was how Officer Dean Walsh described the call he received at 2.14am from Carla Moss.']), 'Please, he has a knife')).not.toBe('Dean Walsh');
    expect(sure(analyzeParagraphs(['Kwame Asante was at his mother’s bedside in Kumasi.', '“Look after your sisters.”', 'That is how Kwame Asante remembers his mother’s last words.']), 'Look after your sisters')).not.toBe('Kwame Asante');
  });
});

describe('round 46: one capitalised word nothing showed to be anyone\'s is no close rival for a "he" the story gave its man', () => {
  it('"Bernard Okafor backs his van up ... He grows them ... in three polytunnels outside Wymondham ... / “…,” he says." is Okafor for sure', () => {
    const res = analyzeParagraphs([
      'Every Saturday at six, Bernard Okafor backs his van up to the same spot in the market square and starts unloading crates of chillies.',
      'He grows them — forty-two varieties — in three polytunnels outside Wymondham, and turns about a third of the crop into sauces.',
      '“The first year, I sold eleven bottles,” he says.',
    ]);
    expect(sure(res, 'The first year')).toBe('Bernard Okafor');
  });

  it('not when someone new and unnamed is the subject of the pronoun\'s own sentence: "One neighbor, who asked KPVL 12 not to use her name because of what she called “…”, said"', () => {
    const res = analyzeParagraphs([
      'A proposed dog park has neighbors divided, and the debate spilled into Monday\'s council meeting.',
      '"We have kids who can\'t play in their own yards," said Gloria Esposito-Kane, who lives across the street.',
      'Others said the park was overdue. Dog owner Terrence Abiodun told KPVL 12 the nearest park is a long drive. "My dog has more energy than I do," he said.',
      'One neighbor, who asked KPVL 12 not to use her name because of what she called "a lot of nastiness online," said she supported the park.',
    ]);
    expect(sure(res, 'a lot of nastiness')).not.toBe('Gloria Esposito-Kane');
  });
});

describe('round 46, second review: a one-word rival is set aside only as a place\'s name', () => {
  it('a surname alone may be anyone: "Daniel Morris ... refused to speak. / Okonkwo was more forthcoming. / “…,” he said." is not Morris for sure', () => {
    expect(sure(analyzeParagraphs(['Daniel Morris, the Rovers manager, refused to speak after the defeat.', 'Okonkwo was more forthcoming.', '“We switched off for ten minutes and paid for it,” he said.']), 'We switched off')).not.toBe('Daniel Morris');
    expect(sure(analyzeParagraphs(['Ivan Petrenko fled Kharkiv with his wife in March.', 'Only Hrytsenko stayed behind.', '“Someone had to feed the cats,” he said.']), 'Someone had to feed')).not.toBe('Ivan Petrenko');
  });

  it('"built around Zezé" names a person, not a place: "Maria Santos ... / “…,” she says." stays unsure', () => {
    expect(sure(analyzeParagraphs(['Maria Santos has coached the national volleyball team since 2019.', 'The team’s spine is built around Zezé, who has played in four Olympics.', '“Nobody reads the game better than me,” she says.']), 'Nobody reads the game')).toBeNull();
  });
});

describe('round 46: one named inside what a pronoun is reported saying is no rival for the next "he said"', () => {
  it('"He said he had held Mr Cheetham down ‘…’. / After the verdict, he said: ‘…’" is the landlord, not Cheetham', () => {
    const res = analyzeParagraphs([
      'Declan Threlfall, 49, who runs the Wheatsheaf, was accused of kneeling on a customer during a disturbance last August.',
      'Giving evidence, Mr Threlfall said: ‘I had a young woman with blood on her face behind my bar.’',
      'He said he had held Mr Cheetham down ‘for as long as it took the police to arrive’.',
      'After the verdict, he said: ‘I’m relieved. I just want to get back behind the bar.’',
    ]);
    expect(sure(res, 'I’m relieved')).toBe('Declan Threlfall');
  });

  it('not one the pronoun told something: "He told Mr Cheetham to calm down. / He said: ‘…’" stays open to either', () => {
    const res = analyzeParagraphs([
      'Declan Threlfall, 49, who runs the Wheatsheaf, was accused of kneeling on a customer.',
      'He told Mark Cheetham to calm down.',
      '‘I was only defending myself,’ he said.',
    ]);
    expect(sure(res, 'I was only defending')).not.toBe('Mark Cheetham');
  });
});

describe('round 46, third review: a report about someone else leaves the next "he said" open', () => {
  it('"He said Gordon Ellis had raised the matter many times. / “Nobody listens,” he said." is not the chair for sure', () => {
    const res = analyzeParagraphs(['Councillor Tariq Hussain chaired the meeting.', 'He said Gordon Ellis had raised the matter many times.', '“Nobody listens,” he said.']);
    expect(sure(res, 'Nobody listens')).not.toBe('Tariq Hussain');
  });

  it('"He said he had asked Mohamed Kamara to respond. / “…,” he said." is not the minister for sure', () => {
    const res = analyzeParagraphs(['The minister, Ibrahim Sesay, addressed parliament.', 'He said he had asked Mohamed Kamara to respond.', '“We reject the proposal entirely,” he said.']);
    expect(sure(res, 'We reject the proposal')).not.toBe('Ibrahim Sesay');
  });
});

describe('round 47: a place\'s name is no close rival for a pronoun whose pick the story showed to be a person but never gave a gender', () => {
  it('"the long-delayed Carrowmore ring road" names a road: "Councillor Adaeze Okoro ... / “…,” she said." is Okoro', () => {
    const res = analyzeParagraphs([
      'Work on the long-delayed Carrowmore ring road will start in spring after the county board released the last of its funding.',
      'Councillor Adaeze Okoro, 58, who has pushed for the road since 2015, spoke before the vote.',
      '“Every lorry on the high street is a lorry that did not need to be there,” she said.',
    ]);
    expect(sure(res, 'Every lorry on the high street')).toBe('Adaeze Okoro');
  });

  it('"Residents of Pentre Isaf" names a village: "Gwenllian Price-Jones, 63, ... She says ... / “…,” she says." is Price-Jones', () => {
    const res = analyzeParagraphs([
      'Residents of Pentre Isaf have voted to ban fireworks from the village green.',
      'The motion was brought by Gwenllian Price-Jones, 63, who keeps horses behind the chapel.',
      '“My mare went through a fence last November,” she says. “I do not want to see that again.”',
    ]);
    expect(sure(res, 'My mare went through')).toBe('Gwenllian Price-Jones');
  });

  it('"patients in Valparaíso" after a place\'s preposition: "When Ikechukwu Obi, a trainee electrician, ... / Now 23, he ... / “…,” he said." is Obi', () => {
    const res = analyzeParagraphs([
      'When Ikechukwu Obi, a trainee electrician, was found to have a rare spinal condition at the age of nine, doctors told his parents there was nothing to be done.',
      'Now 23, he is one of six patients in Valparaíso to have received a new spinal implant.',
      '“I climbed the stairs to my flat on Tuesday. All of them,” he said.',
    ]);
    expect(sure(res, 'I climbed the stairs')).toBe('Ikechukwu Obi');
  });
});

describe('round 47: someone unnamed reporting on themselves is no one named before, and a place opening a sentence is no one', () => {
  it('"On Marsh Lane, a man in his sixties ... He said he had lost his shed. “…,” he said." is neither the lane nor the mayor for sure', () => {
    const res = analyzeParagraphs([
      'Flood water reached the doors of forty homes in Ashby Vale overnight, says the mayor, Obinna Eze.',
      'On Marsh Lane, a man in his sixties clearing mud from his hall declined to give his name. He said he had lost his shed. “It floated off like a boat,” he said.',
    ]);
    // (round 49: the man himself, who opens the sentence two before, unnamed)
    expect(sure(res, 'It floated off')).toBe('man in his sixties (unnamed)');
    expect(res.cast.map((c) => c.name)).not.toContain('Marsh Lane');
  });

  it('"An IT contractor at a depot in Leeds, who was not authorised to comment, said he had seen it. “…,” he said." is not the firm named before', () => {
    const res = analyzeParagraphs([
      'A fault in a widely used payroll system left thousands of workers unpaid on Friday, the union Unite-North said.',
      'The supplier, Greyford Systems, apologised on Friday evening and said a fix was being tested.',
      'An IT contractor at a depot in Leeds, who was not authorised to comment, said he had seen the error on every payslip. “Nobody got a penny,” he said.',
    ]);
    expect(sure(res, 'Nobody got a penny')).not.toBe('Greyford Systems');
  });

  it('not one asked by someone unnamed: "Asked by a reporter whether ..., he replied: “…”" stays the managing director', () => {
    const res = analyzeParagraphs([
      'KOLKATA — Broadband provider Meghdoot Networks will raise monthly prices by up to 15 percent from July, the company said on Tuesday.',
      'At a briefing, managing director Rajiv Menon-Sharma was asked whether customers would leave. “If they leave, they leave,” he said. “We would rather keep the ones who pay.”',
      'Asked by a reporter whether the company had spoken to its rivals first, he replied: “Certainly not. That is an insulting question.”',
    ]);
    expect(sure(res, 'Certainly not')).toBe('Rajiv Menon-Sharma');
  });
});

describe('round 47: a role a firm may hold, set off before the firm\'s name, is that firm', () => {
  it('"The paper’s owner, the Lowland Newspaper Group, said in a statement that ..." is the group, not the editor named before', () => {
    const res = analyzeParagraphs([
      'The Kilbride Courier, a weekly since 1888, printed its last edition on Friday.',
      'Editor Fiona MacAulay-Reid wrote that the paper had “told this town its own story for 136 years”.',
      'The paper’s owner, the Tayside Regional Press Group, said in a statement that the title had been “unprofitable for a decade”.',
    ]);
    expect(sure(res, 'unprofitable for a decade')).toBe('Tayside Regional Press Group');
  });

  it('not a person set off after the role: "The pub’s owner, the publican Ray Doyle, said" stays Doyle', () => {
    expect(sure(analyzeParagraphs(['The pub’s owner, the publican Ray Doyle, said the fire was “a disaster”.']), 'a disaster')).toBe('Ray Doyle');
  });
});

describe('round 47: a Q and A\'s journalist named in a closing credit, or the one its subject "spoke to" with nothing set off', () => {
  it('"This interview has been edited for length. Interview by Nomvula Dube." closing the turns asks them', () => {
    const res = analyzeParagraphs([
      'Dr Sione Faleolo studies mangroves at the Coastal Research Centre in Suva. His grandmother sold fish at the market for fifty years.',
      'Q: “Did your grandmother’s work lead you here?”',
      'A: “In a way. She knew which creeks the fish came from. I needed a satellite to learn what she knew by smell.”',
      'Q: “Does she follow your research?”',
      'A: “She asks me every Sunday whether the fish are coming back.”',
      'This interview has been edited for length and clarity. Interview by Kalinda Rose.',
    ]);
    expect(sure(res, 'Did your grandmother')).toBe('Kalinda Rose');
    expect(sure(res, 'She asks me every Sunday')).toBe('Sione Faleolo');
  });

  it('"He spoke to Lorna Teague by phone from Kumasi." names the one asking and the one answering', () => {
    const res = analyzeParagraphs([
      'Kwabena Owusu-Ansah’s third collection of stories, “Harmattan Mornings”, has been longlisted for the Calloway Prize. He spoke to Dervla Nic Aodha by phone from Accra.',
      'Q: “Where were you when you heard?”',
      'A: “At my sister’s wedding. I read the email during the speeches and had to pretend I was crying about the bride.”',
      'Q: “Which story was hardest to write?”',
      'A: “The last one. It took four years and it is eleven pages long.”',
    ]);
    expect(sure(res, 'Where were you when')).toBe('Dervla Nic Aodha');
    expect(sure(res, 'The last one.')).toBe('Kwabena Owusu-Ansah');
  });

  it('not one described after "spoke to": "Tomás Reyes spoke to Ana Ortiz, the union’s leader, on Friday." names no one asking', () => {
    const res = analyzeParagraphs([
      'Dock workers in Valparaíso voted to end a three-week strike. Tomás Reyes, a crane driver, spoke to Ana Ortiz, the union’s leader, on Friday.',
      'Q: “Was it worth it?”',
      'A: “Ask me when the pay arrives.”',
    ]);
    expect(sure(res, 'Was it worth it?')).not.toBe('Ana Ortiz');
  });
});

describe('round 47, reviewed: the look-alikes the place rules must leave alone', () => {
  it('"In Quinn, Labour has a candidate ..." and "In Okafor, the club have found a leader" are people, not places', () => {
    expect(sure(analyzeParagraphs(['In Quinn, Labour has a candidate who has never lost an election. The 52-year-old has held the seat since 2005.', '“I take nothing for granted,” she said.']), 'I take nothing')).toBe('Quinn');
    expect(sure(analyzeParagraphs(['In Okafor, the club have found a leader. The 24-year-old joined from Lyon in the summer.', '“I want to win trophies here,” he said.']), 'I want to win')).toBe('Okafor');
  });

  it('a description set off after the name is theirs: "Behind Mensah, a 34-year-old nurse, the queue stretched" and "Near Tamsin Holt, a nurse, the patients waited"', () => {
    expect(sure(analyzeParagraphs(['Behind Mensah, a 34-year-old nurse, the queue stretched for a mile.', '“I have waited since dawn,” she said.']), 'I have waited')).toBe('Mensah');
    expect(sure(analyzeParagraphs(['Near Tamsin Holt, a nurse, the patients waited.', '“We are short-staffed,” she said.']), 'We are short-staffed')).toBe('Tamsin Holt');
  });

  it('someone brought in as anyone after an opening phrase: "Speaking outside Tembe market, a man who had waited nine hours said he was exhausted." leaves the doctor unsure', () => {
    expect(sure(analyzeParagraphs(['Dr Okonjo, 52, runs the only clinic in Tembe. Speaking outside Tembe market, a man who had waited nine hours said he was exhausted.', '“Nobody came to see us,” he said.']), 'Nobody came to see')).toBeNull();
  });

  it('"Then a pensioner from Carrowmore stood up" is never the councillor (since round 56, the pensioner)', () => {
    expect(sure(analyzeParagraphs(['Councillor Abara, 61, chairs the transport committee. Residents of Carrowmore gathered outside the hall.', 'Then a pensioner from Carrowmore stood up and said he had been waiting for a bus since noon.', '“I’m 84,” he said.']), 'I’m 84')).toBe('pensioner from Carrowmore (unnamed)');
  });
});

describe('round 47, reviewed: "spoke to" someone where they are', () => {
  it('"spoke to Anneliese Brandt from his home in Kumasi" is the novelist\'s home: Brandt asks', () => {
    const res = analyzeParagraphs([
      'The novelist Kofi Boateng-Hayes, whose fifth book was shortlisted for the Harrow Prize this week, spoke to Mareike Sommerfeld from his home in Tamale. The conversation has been edited for length.',
      'Q: “You wrote the first draft in longhand. Why?”',
      'A: “Because my laptop was stolen, and the book got used to the pen.”',
    ]);
    expect(sure(res, 'You wrote the first draft')).toBe('Mareike Sommerfeld');
  });
});

describe('round 47, second review: a firm\'s role heads its own phrase, and a Q and A\'s "spoke to" is the subject\'s to someone new', () => {
  it('not a role of the body named: "A trustee of the charity, the Oakfield Foundation, said" and "The site manager for the builder, the Ridgeway Homes Group, said" are not the body', () => {
    expect(sure(analyzeParagraphs(['A trustee of the charity, the Oakfield Foundation, said the accounts were “in order”.']), 'in order')).not.toBe('Oakfield Foundation');
    expect(sure(analyzeParagraphs(['The site manager for the builder, the Ridgeway Homes Group, said the scaffolding was “safe”.']), 'safe')).not.toBe('Ridgeway Homes Group');
  });

  it('"Lorna Teague spoke to Osei-Mensah by phone" has the journalist as subject: no one is asker for sure the wrong way round', () => {
    const res = analyzeParagraphs([
      'Bartholomew Osei-Mensah’s fourth novel, The Salt Road, follows three brothers across the Sahel. Lorna Teague spoke to Osei-Mensah by phone from Kumasi.',
      'Q: “Why the Sahel?”',
      'A: “My grandfather walked it twice.”',
    ]);
    expect(sure(res, 'Why the Sahel')).not.toBe('Bartholomew Osei-Mensah');
    expect(sure(res, 'My grandfather walked')).not.toBe('Lorna Teague');
  });

  it('one the sentence goes on to say more of is no interviewer: "He spoke to Elena Ruiz on the day she died", "She spoke to Hiroshi Kato in Osaka, her first employer, ..."', () => {
    expect(sure(analyzeParagraphs(['The director Tomás Ferrer made his name with a documentary about his mentor. He spoke to Elena Ruiz on the day she died, and the film opens with that call.', 'Q: “Why open with the call?”', 'A: “Because it was the last time I heard her.”']), 'Why open with the call')).not.toBe('Elena Ruiz');
    expect(sure(analyzeParagraphs(['Chef Aiko Tanaka opened her first restaurant at 23. She spoke to Hiroshi Kato in Osaka, her first employer, about what she learned.', 'Q: “What did he teach you?”', 'A: “Patience.”']), 'What did he teach you')).not.toBe('Hiroshi Kato');
  });

  it('a credit for two names no one of them: "Interviews by Nomvula Dube and Pieter Smit."', () => {
    const res = analyzeParagraphs([
      'Marine chemist Yusuf Demirci-Aksoy has spent a decade measuring plastics in the Sea of Marmara.',
      'Q: “What surprised you most?”',
      'A: “How fast the particles sink.”',
      'Interviews by Nomvula Dube and Pieter Smit.',
    ]);
    expect(sure(res, 'What surprised you most')).not.toBe('Nomvula Dube');
  });

  it('"She spoke to Anders Holm from her farm near Uppsala." is the farmer\'s farm: Holm asks, she answers', () => {
    const res = analyzeParagraphs(['Farmer Rosa Lindqvist has run the same dairy herd for forty years. She spoke to Anders Holm from her farm near Uppsala.', 'Q: “How has the job changed?”', 'A: “Everything is paperwork now.”']);
    expect(sure(res, 'How has the job changed')).toBe('Anders Holm');
    expect(sure(res, 'Everything is paperwork')).toBe('Rosa Lindqvist');
  });
});

describe('round 47: a word that is also a verb may name the trade of someone unnamed ("A care assistant", "A support worker")', () => {
  it('"A support worker at a hostel in Sunderland, who asked not to be named, said ... “…,” she said." is the support worker, not the doctor quoted before', () => {
    const res = analyzeParagraphs([
      'According to Dr Helena Marsh, the trust’s medical director, “waiting times are falling.”',
      'A support worker at a hostel in Sunderland, who asked not to be named, said the beds were full every night. “We turn people away at nine,” she said.',
    ]);
    expect(sure(res, 'We turn people away')).toBe('support worker at a hostel (unnamed)');
  });
});

describe('round 47: a quote-only paragraph after one about its speaker alone', () => {
  it('a capitalised word qualifying a noun is no one else there: "Adeyemi-Fox, 51, taught Yoruba literature ... / “I …”" is hers', () => {
    const res = analyzeParagraphs([
      'In a portable classroom behind the stadium, Funmilayo Adeyemi-Fox teaches 40 children to read.',
      '“They arrive knowing three languages and leave knowing four,” she says.',
      'Adeyemi-Fox, 51, taught Yoruba literature at a university in Ibadan for 20 years before she moved.',
      '“I left my lecture notes behind. I brought my patience instead.”',
    ]);
    expect(sure(res, 'I left my lecture notes')).toBe('Funmilayo Adeyemi-Fox');
  });

  it('"my" speaks as "I" does: "Wrobel will move to a desk job in the depot. He is not looking forward to it. / “It is a job. But the 14 was my line.”"', () => {
    const res = analyzeParagraphs([
      'Tomasz Wrobel has driven the number 14 tram through Nowa Huta for twenty years.',
      '“I know every stop,” he said.',
      'Wrobel will move to a desk job in the depot. He is not looking forward to it.',
      '“It is a job. But the 14 was my line.”',
    ]);
    expect(sure(res, 'It is a job. But the 14')).toBe('Tomasz Wrobel');
  });

  it('not when the words speak of the one the paragraph was about: "Joaquín ... who gave a speech at her farewell ... / “He was terrible at spelling.”" names no one for sure', () => {
    const res = analyzeParagraphs([
      'When Beatriz Ocampo-Ruiz started teaching at the rural school in 1983, it had no electricity.',
      '“The first year I cried every Sunday night,” she said.',
      'Among her first pupils was Joaquín Mendoza Cruz, now the mayor, who gave a speech at her farewell lunch.',
      '“He was terrible at spelling. He is still terrible at spelling. I read his speeches.”',
    ]);
    expect(sure(res, 'He was terrible at spelling')).not.toBe('Joaquín Mendoza Cruz');
  });
});

describe('round 47: a name of two or three words with an age set off after it is someone\'s', () => {
  it('"Mariem Mint Salem, 44, ... She described her first winter: / “…”" is hers, whatever the lexicon files "Salem" as', () => {
    const res = analyzeParagraphs([
      'Every Tuesday at a community hall in Toledo, Ohio, women who arrived from Mauritania and Sudan meet to knit.',
      'Mariem Mint Salem, 44, who arrived in 2015, runs the group. She described her first winter:',
      '“I had never seen snow. I wore a coat from the church that was made for a man twice my size.”',
    ]);
    expect(res.cast.find((c) => c.name === 'Mariem Mint Salem')?.kind).toBe('person');
    expect(sure(res, 'I had never seen snow')).toBe('Mariem Mint Salem');
  });
});

describe('round 47, third review: what a quote-only paragraph after one person\'s paragraph must leave open', () => {
  it('a surname before an adverb or an adjective, or before a word for people, is still someone: "Coach Ferraro dropped Okwu entirely", "found Delacourt unconscious", "visited the Mbatha family"', () => {
    expect(sure(analyzeParagraphs(['Coach Ferraro dropped Okwu entirely for the derby.', '“I was gutted. I found out from the team sheet.”']), 'I was gutted')).toBeNull();
    expect(sure(analyzeParagraphs(['Sergeant Ibarra found Delacourt unconscious in the snow.', '“I remember nothing after the fall.”']), 'I remember nothing')).toBeNull();
    expect(sure(analyzeParagraphs(['Sister Bernadette Kiely visited the Mbatha family weekly during the lockdown.', '“We had nothing, and my children were hungry.”']), 'We had nothing')).toBeNull();
  });

  it('"mine" the noun and "Oh my God" speak as no one: "“The mine was the reason the town existed.”" stays open', () => {
    expect(sure(analyzeParagraphs(['Petra Lindahl worked as a nurse in Kiruna for 30 years.', '“The mine was the reason the town existed.”']), 'The mine was')).toBeNull();
    expect(sure(analyzeParagraphs(['Oksana Hrytsenko now runs a shelter in Lviv.', '“Oh my God, the first winter was terrible.”']), 'Oh my God')).toBeNull();
  });

  it('a team in a table is no one with an age: "Toronto Raptors, 41, and Boston Celtics, 44, meet on Friday. “…,” he said." stays the coach', () => {
    expect(sure(analyzeParagraphs(['Ibrahim Sesay coaches the under-18s. Toronto Raptors, 41, and Boston Celtics, 44, meet on Friday. “We have to be ready,” he said.']), 'We have to be ready')).toBe('Ibrahim Sesay');
  });
});

describe('round 47: a verb that characterises gives the quote after "as" to its subject', () => {
  it('"Government spokesman Pierre Ngoy rejected the findings as “exaggerated”." and "The ministry denounced the sanctions as “economic blackmail”."', () => {
    expect(sure(analyzeParagraphs(['Government spokesman Pierre Ngoy rejected the findings as “exaggerated and poorly sourced.”']), 'exaggerated and poorly')).toBe('Pierre Ngoy');
    expect(sure(analyzeParagraphs(['Councillor Ama Boateng denounced the cuts as “an attack on the poorest streets in the borough”.']), 'an attack on the poorest')).toBe('Ama Boateng');
  });

  it('not the words someone else used that were rejected, nor a passive: "rejected claims that the council was “asleep at the wheel”", "were rejected “within seconds”"', () => {
    expect(sure(analyzeParagraphs(['Opposition leader Aoife Brennan said the minister was “asleep at the wheel”. Minister Pádraig Walsh rejected claims that the department was “asleep at the wheel”.']), 'asleep at the wheel')).not.toBe('Pádraig Walsh');
    expect(sure(analyzeParagraphs(['Researcher Nkechi Bamgbose said many applicants were rejected “within seconds” by the software.']), 'within seconds')).not.toBe('applicants');
  });

  it('not the name something is given: "The show, which the gallery has branded its “spring season,” runs until April."', () => {
    const res = analyzeParagraphs(['The show, which the gallery has branded its “spring season,” runs until 30 April.']);
    expect(res.quotes.filter((q) => q.text.includes('spring season') && q.speakerName).length).toBe(0);
  });
});

describe('round 47: "state" before a noun inside an unnamed source\'s description is no verb', () => {
  it('"An official at the state health ministry, who was not authorised to speak, said ... “within days”." is the official, not the ministry', () => {
    const res = analyzeParagraphs(['An official at the state health ministry, who was not authorised to speak to the press, said the arrears would be paid “within days”.']);
    expect(sure(res, 'within days')).toBe('official at the state health ministry (unnamed)');
  });

  it('"A spokeswoman for the state transport authority said ..." is the spokeswoman', () => {
    const res = analyzeParagraphs(['A spokeswoman for the state transport authority said the new timetable would be “reviewed within a month”.']);
    expect(sure(res, 'reviewed within a month')).not.toBe('the state transport authority');
  });
});

describe('round 47, fourth review: the characterising verbs give only their own words after "as"', () => {
  // (a scare quote may not be read as a quote at all: then no one is named for it either)
  const named = (res: AttributionResult, start: string) => res.quotes.find((q) => q.text.startsWith(start))?.speakerName ?? null;
  it('not another\'s account of the thing: "rejected the government’s characterisation of the protests as “riots”", "the proposal, described by critics as “…”", "the decision to list the cooperative as “…”"', () => {
    expect(named(analyzeParagraphs(['Opposition leader Amara Diallo rejected the government’s characterisation of the protests as “riots.”']), 'riots')).not.toBe('Amara Diallo');
    expect(sure(analyzeParagraphs(['Minister Karel Dvorak rejected the proposal, described by critics as “unworkable.”']), 'unworkable')).not.toBe('Karel Dvorak');
    expect(named(analyzeParagraphs(['Farmers’ leader Joseph Mwangi condemned the decision to list the cooperative as “high-risk,” a designation made by the central bank last month.']), 'high-risk')).not.toBe('Joseph Mwangi');
    expect(sure(analyzeParagraphs(['Environment Minister Sipho Dlamini rejected the scientists’ assessment of the river as “ecologically dead,” saying recovery was under way.']), 'ecologically dead')).not.toBe('Sipho Dlamini');
  });

  it('nor a clause with its own verb of saying, "such as", a post, or "being described as"', () => {
    expect(sure(analyzeParagraphs(['Researcher Leila Haddad condemned the raids on villages the army describes as “militant strongholds.”']), 'militant strongholds')).not.toBe('Leila Haddad');
    expect(named(analyzeParagraphs(['The Football Association condemned the use of chants such as “we hate the Irish” at Saturday’s match.']), 'we hate the Irish')).not.toBe('Football Association');
    expect(sure(analyzeParagraphs(['Former envoy Kwame Asante condemned his own reappointment as “special adviser on the Sahel” in a letter to the cabinet.']), 'special adviser')).not.toBe('Kwame Asante');
    expect(sure(analyzeParagraphs(['Senator Nia Okoro rejected being described as “the most liberal member of the chamber.”']), 'the most liberal')).not.toBe('Nia Okoro');
  });

  it('nor a denial: "Arsenal manager Mikel Arteta denied branding referee Mike Dean “a disgrace.”" is not the referee', () => {
    expect(sure(analyzeParagraphs(['Arsenal manager Mikel Arteta denied branding referee Mike Dean “a disgrace.”']), 'a disgrace')).not.toBe('Mike Dean');
  });

  it('but the subject\'s own words about a plain thing: "Greens leader Hanna Lind rejected it as “a whitewash.”", "Fans branded the new away kit “a disgrace”"', () => {
    expect(sure(analyzeParagraphs(['The minister welcomed the report, but Greens leader Hanna Lind rejected it as “a whitewash.”']), 'a whitewash')).toBe('Hanna Lind');
    expect(sure(analyzeParagraphs(['Fans branded the new away kit “a disgrace” on social media.']), 'a disgrace')).toBe('Fans');
  });
});

describe('round 48: "the Lagos-born entrepreneur" is an epithet, no one\'s name', () => {
  it('"“…,” said the Accra-born chef, now 41." is the one the story is about, never "Accra-born"', () => {
    const res = analyzeParagraphs([
      'When Efua Mensah-Lindqvist left her job at an accounting firm in 2016 to sell shito from a stall in Peckham, her friends thought she was joking.',
      'Eight years later her company supplies 900 shops, and on Monday it announced a £9m investment.',
      '“I still cook the first batch of every recipe myself,” said the Accra-born chef, now 41.',
    ]);
    expect(res.cast.map((c) => c.name)).not.toContain('Accra-born');
    expect(sure(res, 'I still cook the first batch')).toBe('Efua Mensah-Lindqvist');
  });
});

describe('round 48: a transcript label\'s role with a name in brackets that the lexicon does not know', () => {
  it('"HOST (Eoghan Tierney): “…”" is Eoghan Tierney, never "HOST"', () => {
    const res = analyzeParagraphs([
      'Speaking on Radio Harbour’s Sunday Sport programme, Olympic rower Ngaio Tawhiri discussed her move to single sculls. An edited transcript:',
      'HOST (Eoghan Tierney): “Ngaio, why change boats now, at 31?”',
      'TAWHIRI: “Because the pair was never mine alone. I want to know what I can do on my own.”',
    ]);
    expect(sure(res, 'Ngaio, why change boats')).toBe('Eoghan Tierney');
    expect(res.cast.map((c) => c.name)).not.toContain('HOST');
  });
});

describe('round 48: who leads in, who lives where, and what is no one', () => {
  it('"In a statement read outside the ground by the club secretary, Margaret Ngata, Lumsden said: / “…”" is Lumsden\'s', () => {
    const res = analyzeParagraphs([
      'Harbourside Rovers chairman Desmond Okafor-Lyle resigned on Friday, three days after the club entered administration.',
      'In a statement read outside the ground by the club secretary, Ruth Adebayo, Okafor-Lyle said:',
      '“I have given nine years of my life to this club and I am heartbroken that it has come to this.”',
    ]);
    expect(sure(res, 'I have given nine years')).toBe('Desmond Okafor-Lyle');
  });

  it('"Terence Blakemore, of Orchard Close, Lydbury, told magistrates: “…”" is Blakemore, not the village', () => {
    const res = analyzeParagraphs(['Gareth Pryce-Evans, of Mill Lane, Llanwern, told magistrates: “I know it was daft. The bus never came.”']);
    expect(sure(res, 'I know it was daft')).toBe('Gareth Pryce-Evans');
  });

  it('"a four-year-old spaniel called Toffee, who now has her own staff badge" is no one: the head teacher is "she"', () => {
    const res = analyzeParagraphs([
      'A primary school in Coleraine has appointed its first “reading dog”, a four-year-old spaniel called Toffee, who now has her own staff badge.',
      'According to head teacher Ailbhe McAteer-Quinn, reading scores in the nurture group have risen since Toffee arrived. “I am not saying it is all down to the dog,” she said.',
    ]);
    expect(sure(res, 'I am not saying')).toBe('Ailbhe McAteer-Quinn');
  });
});

describe('round 48: a document with a phrase of its own and a participle set off by commas speaks', () => {
  it('"The audit of Bedford Harbour Regional Hospital, obtained through a freedom of information request, says ... “…”" is the audit', () => {
    const res = analyzeParagraphs([
      'The review of Kestrel Valley General Hospital, obtained through a freedom of information request, says portion sizes were cut “without clinical input”.',
      '“The menu is designed around cost,” it says.',
    ]);
    expect(sure(res, 'without clinical input')).toBe('the review');
    expect(sure(res, 'The menu is designed')).toBe('the review');
  });

  it('not a post by someone: "The post by Attorney General Renata Kowalski-Dunn, published late Wednesday, said ... “…”" is hers', () => {
    const res = analyzeParagraphs(['The post by Attorney General Renata Kowalski-Dunn, published late Wednesday, said the office had “stonewalled three records requests”.']);
    expect(sure(res, 'stonewalled three')).toBe('Renata Kowalski-Dunn');
  });
});

describe('round 48, reviewed: labels, names given and epithets the new rules must leave alone', () => {
  it('a station or a studio note in a label\'s brackets is no name: "HOST (Radio Clyde):", "QUESTIONER (Floor Microphone):"', () => {
    expect(sure(analyzeParagraphs(['HOST (Radio Clyde): “Good morning, Glasgow.”']), 'Good morning')).not.toBe('Radio Clyde');
    expect(sure(analyzeParagraphs(['MODERATOR (Paul Oyelaran): “Next question.”', 'QUESTIONER (Floor Microphone): “Why was the vote delayed?”']), 'Why was the vote')).not.toBe('Floor Microphone');
  });

  it('someone named after "a vet named", "a local named", or "eventually named" as a verb is a person', () => {
    expect(sure(analyzeParagraphs(['Farmers in the valley rely on a vet named Carys Pugh. She covers 400 square miles.', '“It is a lot of driving,” she said.']), 'It is a lot of driving')).toBe('Carys Pugh');
    const res = analyzeParagraphs(['Manager Joe Tillman immediately named Kofi Asante as captain. He said he was honoured.', '“It is a dream,” Asante said.']);
    expect(sure(res, 'It is a dream')).toBe('Kofi Asante');
  });

  it('two epithets set off by a comma are no name: "said the Belfast-born, Dublin-based author"', () => {
    expect(analyzeParagraphs(['“I am so proud,” said the Belfast-born, Dublin-based author.']).cast.map((c) => c.name)).not.toContain('Belfast-born');
  });
});

describe('round 48: someone of the pronoun\'s gender newly named in its own paragraph keeps it open', () => {
  it('"He was found by Priya Chandrasekhar, 34, while she was clearing brambles. “…,” she said." is not the owner quoted before for sure', () => {
    const res = analyzeParagraphs([
      'Gerald, a tortoise, was identified by a chip in his shell by his original owner, Maureen Tindall-Okoro, now 81.',
      '“I knew him straight away,” Mrs Tindall-Okoro said.',
      'He was found by Ruth Adeyemi-Clarke, 34, while she was clearing brambles at the bottom of her garden. “I thought it was a rock,” she said.',
    ]);
    expect(sure(res, 'I thought it was a rock')).not.toBe('Maureen Tindall-Okoro');
  });
});

describe('round 49: someone new and unnamed opening the sentence before "he said", whatever follows their noun', () => {
  it('"A negotiator close to the talks, who asked not to be identified, said ... “…,” he said." is the negotiator, not the father quoted before', () => {
    const res = analyzeParagraphs([
      'Her father, Idris Mahmoud, spoke to reporters outside the family home. “I heard her voice for nine seconds,” he said.',
      'A negotiator close to the talks, who asked not to be identified, said no payment had been made. “It took patience, not money,” he said.',
    ]);
    expect(sure(res, 'It took patience')).toMatch(/^negotiator\b.*\(unnamed\)$/);
  });

  it('a compound noun ends in the person ("A regional flood management officer") and a verb other than "said" still brings them in', () => {
    const res = analyzeParagraphs([
      'The council leader, Graham Sutcliffe, said the barrier had held. “We were lucky,” he said.',
      'A regional flood management officer, speaking on condition of anonymity, was less sure. “The next storm will not be so kind,” he said.',
    ]);
    expect(sure(res, 'The next storm')).toMatch(/^regional flood management officer \(unnamed\)$/);
  });

  it('not when someone else is the subject ("Asked by a reporter whether ..., he said") or a name is set off in the sentence ("who gave only his first name, Tomas,")', () => {
    const asked = analyzeParagraphs([
      '“The risk is now close to zero,” said Dr Ewan Castell, the agency’s chief scientist.',
      'Asked by a reporter whether the agency had published too early, he said openness was not optional. “People would ask what we were hiding,” he said.',
    ]);
    expect(sure(asked, 'People would ask')).toBe('Ewan Castell');
    const named = analyzeParagraphs(['“The water came in an hour,” said the mayor, Rolando Cruz.', 'A fisherman in Bantayan, who gave only his first name, Tomas, said he had lost his boat. “Without it there is no work,” he said.']);
    expect(sure(named, 'Without it there is no work')).not.toMatch(/fisherman/);
  });
});

describe('round 49: a name after "for", "of" or "to" in an unnamed source\'s description is part of who they are', () => {
  it('"A spokesman for Halvard Marine said ... ‘…,’ he said." is the spokesman, though the firm reads like a name', () => {
    const res = analyzeParagraphs([
      'The ferry operator Halvard Marine is to cut 120 jobs at its Aberdeen depot, staff were told on Monday.',
      'The union’s regional organiser, Colin Dunbar, said: ‘This is a body blow for the town.’',
      'A spokesman for Halvard Marine said no decisions on individual roles had been made. ‘Consultation starts today,’ he said.',
    ]);
    expect(sure(res, 'Consultation starts today')).toBe('spokesman for Halvard Marine (unnamed)');
  });

  it('a role nobody holds is not that source under another title: "A spokesperson for President Mart Kivisild said ... / The prime minister-designate remained defiant. “…,” she told"', () => {
    const res = analyzeParagraphs([
      'Coalition talks stalled on Wednesday after the two party leaders clashed over tax.',
      'Kadri Tamm, whose party finished first, said she would not accept any increase in VAT. “It is the one promise I made,” she said.',
      'Her likely partner, Liisa Org-Tammsaar, has made a VAT rise on luxury goods a condition of joining.',
      '“Nobody is asking her to break a promise,” Org-Tammsaar told public radio.',
      'A spokesperson for President Mart Kivisild said he would meet both leaders on Friday and urged them to “lower the temperature.”',
      'The prime minister-designate remained defiant late on Wednesday. “I have waited eleven years for this job,” she told supporters.',
    ]);
    expect(sure(res, 'I have waited eleven years') ?? '').not.toMatch(/spokesperson/);
  });
});

describe('round 49: the named subject reported speaking in the paragraph just before a paragraph that opens "“…,” he said."', () => {
  it('is who speaks, though another man was named before and a name nothing showed to be a person\'s follows', () => {
    const res = analyzeParagraphs([
      'Sentencing the gang at Harlow Crown Court, Judge Miriam Oyelaran said its leader, Dwayne Pickett, 31, had treated children “as disposable”.',
      '“You recruited boys of 14 and then told them they owed you money,” she told Pickett, who was jailed for 14 years.',
      'Detective Inspector Pavel Novak said the investigation, Operation Kestrel, had involved 18 months of surveillance.',
      '“Today’s sentences send a clear message,” he said.',
    ]);
    expect(sure(res, 'Today’s sentences')).toBe('Pavel Novak');
  });

  it('not when the paragraph before names another man after him, nor when it quotes someone', () => {
    const after = analyzeParagraphs([
      '“You recruited boys of 14,” Judge Miriam Oyelaran told Dwayne Pickett, who was jailed for 14 years.',
      'Detective Inspector Pavel Novak said the case against Pickett’s cousin, Leon Marsh, would be heard in May.',
      '“Today’s sentences send a clear message,” he said.',
    ]);
    expect(sure(after, 'Today’s sentences')).toBeNull();
  });
});

describe('round 49: the subject of the sentence before "he says", a name in its predicate no rival, and a gender the next sentence gives', () => {
  it('"Her dive partner, Tavish Keane, runs a business out of Port Wenna ... “…,” he says." is Keane, the ecologist before him a "she"', () => {
    const res = analyzeParagraphs([
      'On the morning we head out to Merrow Reef, the water is glass-clear below.',
      'Marine ecologist Tjarra Nolan has been diving this reef for 19 years. She has watched it bleach three times.',
      '“The shallows break your heart. I go deep first.”',
      'Her dive partner, Tavish Keane, runs a tourism business out of Port Wenna and has seen bookings fall by a third. “Visitors read the headlines and think the whole reef is dead,” he says.',
    ]);
    expect(sure(res, 'Visitors read the headlines')).toBe('Tavish Keane');
  });

  it('not when the name in the predicate is someone\'s the story showed, nor when the next sentence\'s "she" follows another name', () => {
    const shown = analyzeParagraphs([
      'Coach Tavish Keane spoke first. “We were poor,” he said.',
      'Her dive partner, Rhodri Nolan, hired Keane in 2019 and has seen bookings fall. “Visitors think the reef is dead,” he says.',
    ]);
    expect(sure(shown, 'Visitors think')).toBeNull();
    const other = analyzeParagraphs(['Tjarra Nolan met Kelan Reid at the jetty. She has dived here for years.', '“It is not what it was,” he says.']);
    expect(sure(other, 'It is not what it was')).not.toBe('Tjarra Nolan');
  });
});

describe('round 49: someone the pronoun\'s quote names after a word ("write to Edna") is spoken of, no rival', () => {
  it('"Marjorie Quill-Ansah has played the landlady Edna Boyce since 1971. ‘People write to Edna, not to me,’ she says." is Quill-Ansah', () => {
    const res = analyzeParagraphs([
      'For 60 years, ‘Lower Fold’ has gone out at 7.15pm on Radio Wessex, a village soap in which very little happens.',
      'Its longest-serving cast member, Marjorie Quill-Ansah, 86, has played the landlady Edna Boyce since 1971. ‘People write to Edna, not to me,’ she says.',
    ]);
    expect(sure(res, 'People write to Edna')).toBe('Marjorie Quill-Ansah');
  });

  it('not one the quote speaks to ("Thank you, Edna,")', () => {
    const res = analyzeParagraphs([
      'For 60 years, ‘Lower Fold’ has gone out at 7.15pm on Radio Wessex, a village soap in which very little happens.',
      'Its longest-serving cast member, Marjorie Quill-Ansah, 86, has played the landlady Edna Boyce since 1971. ‘Thank you, Edna,’ she says.',
    ]);
    expect(sure(res, 'Thank you, Edna')).toBeNull();
  });
});

describe('round 49: a name after a preposition in a description set off after the subject is part of who they are', () => {
  it('"Senate Majority Leader Joan Ekstrand, a Republican senator for Billings Ridge, said ... “…,” she said." is Ekstrand, not the senator quoted before', () => {
    const res = analyzeParagraphs([
      'HELENA, Mont. (AP) — State Sen. Marta Two-Rivers held the floor for nine hours Tuesday in a failed bid to stop a bill that would close 11 rural polling places, reading letters from voters who she said would have to drive an hour to vote.',
      '"This one is from a woman in Red Lodge who is 91 years old," Two-Rivers said around hour five, her voice hoarse.',
      'Senate Majority Leader Joan Ekstrand, a Republican senator for Billings Ridge, said the closures were about cost, not access. "Counties asked us for this," she said. "Marta knows that."',
    ]);
    expect(sure(res, 'Counties asked us')).toBe('Joan Ekstrand');
  });

  it('not a name set off after the subject with no description before it ("Joan Ekstrand, Billings Ridge and ...")', () => {
    const lp = analyzeParagraphLocal('Joan Ekstrand, Ruth Billings and Ana Ortiz said the closures were about cost.');
    expect(lp.mentions.length).toBeGreaterThan(1);
    const res = analyzeParagraphs(['Joan Ekstrand, Ruth Billings and Ana Ortiz said the closures were about cost. "Counties asked us for this," she said.']);
    expect(sure(res, 'Counties asked us')).toBeNull();
  });
});

describe('round 49, reviewed: newcomers the rules must leave alone, and names that are places or the speaker\'s own', () => {
  it('someone new who only has something happen to them is no source for the named officer\'s "he said" ("A man in his 20s died at the scene.", "is due before magistrates", "suffered burns")', () => {
    const died = analyzeParagraphs(['Superintendent Mark Oduya said officers were called to Carver Street shortly after 2am.', 'A man in his 20s died at the scene. “Our thoughts are with his family,” he said.']);
    expect(sure(died, 'Our thoughts are with')).toBeNull();
    const due = analyzeParagraphs(['Detective Sergeant Owen Price said the suspect had been tracked through CCTV.', 'A 45-year-old man from Wrexham is due before magistrates on Tuesday. “The public helped us enormously,” he said.']);
    expect(sure(due, 'The public helped')).toBeNull();
    const later = analyzeParagraphs(['Chief Inspector Dana Whitlock said the raid was the result of months of work.', 'A 19-year-old woman was later detained in Croydon. “This is a significant step,” she said.']);
    expect(sure(later, 'This is a significant step')).toBeNull();
    const burns = analyzeParagraphs(['Headteacher Alan Briggs said the school would reopen on Monday.', 'A boy in Year 9 suffered burns to his hands and face.', '“We are all thinking of him and his family,” he said.']);
    expect(sure(burns, 'We are all thinking')).toBeNull();
  });

  it('a named client of the newcomer may be the one speaking ("A solicitor for Farouk asked for bail. “…,” she said.")', () => {
    const res = analyzeParagraphs(['Nadia Farouk, 33, appeared at Leeds Crown Court in a grey suit.', 'A solicitor for Farouk asked for bail. “I want to go home to my children,” she said.']);
    expect(sure(res, 'I want to go home') ?? '').not.toMatch(/solicitor/);
  });

  it('a given name after "from", "of", "in" or "me" in the quote is a place or the speaker\'s own, still a rival', () => {
    const place = analyzeParagraphs(['Florence Adebayo founded the charity in 2011. Chief executive Tola Bankole runs it now.', '“I started this charity after I came home from Florence,” she said.']);
    expect(sure(place, 'I started this charity')).toBeNull();
    const own = analyzeParagraphs(['Edna Capper founded the post office museum in 1990. Curator Ruth Lowe runs it now.', '“Everyone here just calls me Edna,” she said.']);
    expect(sure(own, 'Everyone here just calls me')).toBeNull();
  });

  it('someone new who reacts, or whom the sentence keeps unnamed, still speaks ("was philosophical", "declined to give her name")', () => {
    const calm = analyzeParagraphs(['The opera house’s director, Lars Holm, apologised for the strike. “We are doing all we can,” he said.', 'One ticket holder, who had travelled from Aarhus, was philosophical. “I have seen Tosca die six times,” he said.']);
    expect(sure(calm, 'I have seen Tosca')).toMatch(/^ticket holder/);
    const kept = analyzeParagraphs(['The mayor, Serhiy Koval, said 40 homes had been damaged. “We will rebuild,” he said.', 'On Sadova Street, a woman in her seventies sweeping glass from a porch declined to give her name. “I am not afraid any more,” she said.']);
    expect(sure(kept, 'I am not afraid')).toMatch(/^woman/);
  });
});

describe('round 50: a Q and A\'s journalist by their beat ("Education reporter ... asked her about ...")', () => {
  it('asks the questions, and the one "her" means answers', () => {
    const res = analyzeParagraphs([
      'Thandiwe Mokoena took over as principal of Ridgeway High School in January, the school’s first woman principal. Education reporter Johan Venter asked her about her first term.',
      'Q: “What surprised you most?”',
      'A: “How much of the job is plumbing. I mean that literally.”',
      'Q: “Is that a funding problem?”',
      'A: “It is a funding problem and a maintenance problem.”',
    ]);
    expect(sure(res, 'What surprised you most')).toBe('Johan Venter');
    expect(sure(res, 'How much of the job')).toBe('Thandiwe Mokoena');
    expect(sure(res, 'It is a funding problem')).toBe('Thandiwe Mokoena');
  });

  it('not a word that is no beat ("Veteran presenter ... asked her")', () => {
    const res = analyzeParagraphs([
      'Thandiwe Mokoena took over as principal of Ridgeway High School in January. Veteran presenter Johan Venter asked her about her first term.',
      'Q: “What surprised you most?”',
      'A: “How much of the job is plumbing.”',
    ]);
    expect(sure(res, 'What surprised you most')).not.toBe('Johan Venter');
  });
});

describe('round 50: the paragraph before a "“…,” he said." that opens its own', () => {
  it('its role subject reported speaking is who speaks ("The imam said the mosque hoped to ...")', () => {
    const res = analyzeParagraphs([
      'Imam Bilal Rahimi, who has led prayers at the mosque for 11 years, said many guests had never been inside one.',
      '“People are nervous at the door, and then they see the tea,” he said.',
      'Among the visitors was retired postman Dennis Wragg, 71, who lives two streets away.',
      '“I’ve walked past it for years,” he said.',
      'The imam said the mosque hoped to run similar events every quarter.',
      '“If one person leaves with a question answered, that’s a good day,” he said.',
    ]);
    expect(sure(res, 'If one person leaves')).toBe('Bilal Rahimi');
  });

  it('one of the other gender named with the speaker there is no reason to doubt him ("Ms Pennington’s son, Mark Pennington, told the hearing ...")', () => {
    const res = analyzeParagraphs([
      'PC Darren Holt, a collision investigator, said the lorry had not braked. “There was no attempt to stop,” he told the inquest.',
      'Ms Pennington’s son, Carl Pennington, told the hearing that his family had been “wiped out in a single second.”',
      '“People talk about closure. There is no such thing,” he said.',
    ]);
    expect(sure(res, 'People talk about closure')).toBe('Carl Pennington');
  });
});

describe('round 50, reviewed: "her" owning a noun after the journalist\'s verb is no one asked', () => {
  it('"Crime reporter Ben Cole asked her sister about the inquest." leaves the answers to no one the story named', () => {
    const res = analyzeParagraphs(['Lucy Hart died in the crash on the A40 in June.', 'Crime reporter Ben Cole asked her sister about the inquest.', 'Q: “What do you want from it?”', 'A: “Answers. Just answers.”']);
    expect(sure(res, 'Answers. Just answers')).toBeNull();
    const lawyer = analyzeParagraphs(['Anna Vogel was convicted of fraud in 2019.', 'Legal correspondent Peter Roth asked her lawyer about the appeal.', 'Q: “Will it succeed?”', 'A: “We are confident.”']);
    expect(sure(lawyer, 'We are confident')).toBeNull();
  });
});

describe('round 50: the question an opening "Asked by ..." sets off with a comma', () => {
  it('"Asked by a reporter, “Was anyone else inside the home?”, Pettigrew said ..." is the reporter\'s, not the sheriff\'s', () => {
    const res = analyzeParagraphs(['Sheriff Wade Pettigrew said deputies were called at 6 a.m.', 'Asked by a reporter, “Was anyone else inside the home?”, Pettigrew said the suspect’s girlfriend had left through a back window.']);
    expect(sure(res, 'Was anyone else inside')).toMatch(/^reporter/);
  });

  it('not words the answer goes on to say after the asker\'s phrase with no quote of its own ("Asked by a reporter about the home, Pettigrew said: “…”")', () => {
    const res = analyzeParagraphs(['Sheriff Wade Pettigrew said deputies were called at 6 a.m.', 'Asked by a reporter about the home, Pettigrew said: “Nobody else was inside.”']);
    expect(sure(res, 'Nobody else was inside')).toBe('Wade Pettigrew');
  });
});

describe('round 50: a pronoun inside the sentence an unnamed source opens', () => {
  it('"A ministry spokesman declined to comment on what he described as “speculation”." is the spokesman, not the mayor quoted before', () => {
    const res = analyzeParagraphs([
      'Rui Neves, mayor of Vila Serrana, said losing the school would “finish off” his community. “When the school goes, the families go,” he said.',
      'A ministry spokesman declined to comment on what he described as “speculation”.',
    ]);
    expect(sure(res, 'speculation')).toMatch(/spokesman/);
  });

  it('not when someone is named between ("A ministry spokesman said Mr Neves had what he called “no case”.")', () => {
    const res = analyzeParagraphs([
      'Rui Neves, mayor of Vila Serrana, said losing the school would “finish off” his community.',
      'A ministry spokesman said Mr Neves had what he called “no case”.',
    ]);
    expect(sure(res, 'no case') ?? '').not.toMatch(/spokesman/);
  });
});

describe('round 50, reviewed: the asker\'s question and the source\'s "what he called", narrowed', () => {
  it('an answer set off after "Asked by ..." is the answerer\'s ("Asked by his lawyer, “I was at home all night,” Ostrowski told the jury.")', () => {
    expect(sure(analyzeParagraphs(['Asked by his lawyer, “I was at home all night,” Ostrowski told the jury.']), 'I was at home')).toBe('Ostrowski');
    expect(sure(analyzeParagraphs(['Asked by a reporter, “I wasn’t there that night,” Pettigrew said.']), 'I wasn’t there')).toBe('Pettigrew');
  });

  it('"what he called" after someone spoken of, or of the other gender, or a named client, is not the source\'s', () => {
    expect(sure(analyzeParagraphs(['Detective Inspector Sarah Cole led the inquiry. A police spokesman said she had called the attack “cowardly”.']), 'cowardly')).toBe('Sarah Cole');
    expect(sure(analyzeParagraphs(['The striker, Pavel Novak, was fined. A league spokesman said he had accepted what he called “a fair punishment”.']), 'a fair punishment') ?? '').not.toMatch(/spokesman/);
    expect(sure(analyzeParagraphs(['A lawyer for Mr Tan said he would appeal what he called “a miscarriage of justice”.']), 'a miscarriage') ?? '').not.toMatch(/lawyer/);
  });
});

describe('round 50: the asker of an opening "Asked by ..." question may be a role with the name set off', () => {
  it('"Asked by the family’s barrister, Ifeoma Chukwu, “Did you consider ...?”, Mr Castell replied: “…”" gives the question to the barrister', () => {
    const res = analyzeParagraphs([
      'A door supervisor at the nightclub, Ryan Castell, said he had asked the student to leave.',
      'Asked by the family’s barrister, Ifeoma Chukwu, “Did you consider calling anyone for him?”, Mr Castell replied: “He said his mates were outside.”',
    ]);
    expect(sure(res, 'Did you consider calling')).toBe('Ifeoma Chukwu');
    expect(sure(res, 'He said his mates')).toBe('Ryan Castell');
  });
});

describe('round 50: a body\'s name joined by "and" after a body\'s word ("the Services and Retail Union")', () => {
  it('is one organisation, so "Lorcan Whelan of the Services and Retail Union said ... “…”" is Whelan\'s', () => {
    const lp = analyzeParagraphLocal('Lorcan Whelan of the Services and Retail Union said it was “a step towards a living wage”.');
    expect(lp.mentions.map((m) => m.name)).toContain('Services and Retail Union');
    const res = analyzeParagraphs(['Unions welcomed the rise. Lorcan Whelan of the Services and Retail Union said it was “a step towards a living wage, not a living wage”.']);
    expect(sure(res, 'a step towards')).toBe('Lorcan Whelan');
  });

  it('not two bodies of one word after "and" ("the Senate and House")', () => {
    const lp = analyzeParagraphLocal('Lawmakers in the Senate and House said it was “ready”.');
    expect(lp.mentions.map((m) => m.name)).not.toContain('Senate and House');
  });
});

describe('round 50: the one reported speaking after ", but" is the subject a pronoun after it means', () => {
  it('"Ashby have nothing to play for, but their captain, Tomás Ó Briain, insisted ... / “…,” he said." is the captain, not the manager quoted before', () => {
    const res = analyzeParagraphs([
      'Manager Stellan Berglund has banned his players from looking at the table.',
      '“It is one game. We can do it once more,” Berglund said.',
      'Ashby, already safe in mid-table, have nothing to play for except pride, but their captain, Tomás Ó Briain, insisted his side would not “roll over”.',
      '“People talk about end-of-season games like they don’t matter. They matter to us,” he said.',
    ]);
    expect(sure(res, 'People talk about')).toBe('Tomás Ó Briain');
  });

  it('so is a name with no role after ", but" ("..., but Tomás Ó Briain insisted ...")', () => {
    const res = analyzeParagraphs([
      'Manager Stellan Berglund has banned his players from looking at the table.',
      '“It is one game. We can do it once more,” Berglund said.',
      'Ashby have nothing to play for, but Tomás Ó Briain insisted the side would not roll over.',
      '“People talk about end-of-season games like they don’t matter. They matter to us,” he said.',
    ]);
    expect(sure(res, 'People talk about')).toBe('Tomás Ó Briain');
  });

  it('not when the first clause reports its own subject speaking ("Berglund said ..., but Ó Briain insisted ...")', () => {
    const lp = analyzeParagraphLocal('Berglund said the side was ready, but Tomás Ó Briain insisted it would not be easy.');
    expect(lp.mentions[lp.sentSubject[0]!]?.name).toBe('Berglund');
  });
});

describe('round 50: "One of Mr Okoro’s former colleagues, who asked not to be named, said"', () => {
  it('is an unnamed source, "former colleague (unnamed)", not the firm quoted before', () => {
    const res = analyzeParagraphs([
      'Hartley Freight said in a statement: “We are disappointed with the decision.”',
      'One of Mr Ames’s former colleagues, who still works at the depot and asked not to be named, said little had changed. “They fixed one heater. One,” she said.',
    ]);
    expect(sure(res, 'They fixed one heater')).toBe('former colleague (unnamed)');
    const his = analyzeParagraphs([
      'Hartley Freight said in a statement: “We are disappointed with the decision.”',
      'One of his former co-workers, who asked not to be named, said little had changed. “They fixed one heater. One,” she said.',
    ]);
    expect(sure(his, 'They fixed one heater')).toBe('former co-worker (unnamed)');
  });

  it('not when the sentence goes on to name them ("One of his guests, a retired general identified on screen as Anatoly Berezkin, went further.")', () => {
    const res = analyzeParagraphs([
      'On the flagship Sunday programme, the host, Lev Gromadsky, told viewers the war was “nearly won”.',
      'One of his guests, a retired general identified on screen as Anatoly Berezkin, went further. “By the spring there will be nothing left to negotiate,” he said.',
    ]);
    expect(sure(res, 'By the spring')).toBe('Anatoly Berezkin');
  });
});

describe('round 50: a letter someone reads that others wrote ("read aloud from a letter written by the chapel’s founders")', () => {
  it('"“…,” the letter reads." is the letter\'s, not the reader\'s, and the reader\'s own words after it stay theirs', () => {
    const res = analyzeParagraphs([
      'The Elmfield Street Synagogue in Sunderland marked its centenary on Sunday.',
      'Rabbi Eliezer Morgenstern-Cole read aloud from a letter written by the congregation’s founders to the borough council in 1926.',
      '“We are few and poor, but we mean to stay,” the letter reads.',
      '“A century on, I think we can say they meant it,” the rabbi said.',
    ]);
    expect(sure(res, 'We are few and poor')).toBe('the letter');
    expect(sure(res, 'A century on')).toBe('Eliezer Morgenstern-Cole');
  });

  it('a letter its writer is named as sending stays theirs ("In a letter to councils, the minister, Jonah Ede, said ... / “…,” the letter states.")', () => {
    const res = analyzeParagraphs([
      'In a letter to council chief executives, the Minister for Local Democracy, Jonah Ede, said the department would meet “the reasonable costs” for two years.',
      '“Elections are a core duty of local authorities,” the letter states.',
    ]);
    expect(sure(res, 'Elections are a core duty')).toBe('Jonah Ede');
  });

  it('a synagogue\'s name is a body\'s, not a person\'s ("The Kingsmoor Road Synagogue")', () => {
    const lp = analyzeParagraphLocal('The Kingsmoor Road Synagogue in Gateshead celebrated its centenary on Sunday.');
    expect(lp.mentions.find((m) => /Synagogue/.test(m.name))).toMatchObject({ name: 'Kingsmoor Road Synagogue', type: 'org' });
  });
});

describe('round 50: a cry someone heard, and a place the subject was', () => {
  it('"A man walking his dog on the far bank told police he heard a shout of “…”" names no one: not the bank, not the man', () => {
    const res = analyzeParagraphs(['A man walking his dog on the far bank told police he heard a shout of “Stop, stop, come back” at about midnight.']);
    const q = res.quotes.find((x) => x.text.startsWith('Stop, stop'))!;
    expect(q.speakerName ?? null).toBeNull();
  });

  it('nor suggests the one who heard it, nor after "shouts of" with no article ("She told police she heard a shout of “…”", "he heard shouts of “…”")', () => {
    const res = analyzeParagraphs(['Ruth Aldana, 71, was hanging washing in her garden when the attack began. She told police she heard a shout of “Leave him alone” from the lane.']);
    const q = res.quotes.find((x) => x.text.startsWith('Leave him alone'))!;
    expect([q.speakerName ?? null, q.suggestedSpeakerId ?? null]).toEqual([null, null]);
    const shouts = analyzeParagraphs(['Warden Keith Obi said he heard shouts of “We want out” from the east wing.']);
    expect(shouts.quotes.find((x) => x.text.startsWith('We want out'))!.speakerName ?? null).toBeNull();
  });

  it('the place after a word of the subject\'s is no speaker ("A woman walking her dog on the opposite bank told police: “…”")', () => {
    const res = analyzeParagraphs(['A woman walking her dog on the opposite bank told police: “I heard someone shout at about midnight.”']);
    expect(sure(res, 'I heard someone shout')).toBe('woman (unnamed)');
  });

  it('a bank that speaks still does ("The bank told customers: “…”")', () => {
    const res = analyzeParagraphs(['Customers of Harwell Savings were locked out of their accounts for six hours. The bank told customers: “We apologise for the disruption.”']);
    expect(sure(res, 'We apologise')).toMatch(/bank|Harwell/);
  });
});

describe('round 50: a sentence opening with where it happened ("Outside the courthouse, ...")', () => {
  it('"Outside Riverside General Hospital, strikers waved placards and chanted “…”" is the strikers\', not the hospital\'s', () => {
    const res = analyzeParagraphs(['Outside Riverside General Hospital, strikers waved placards and chanted “Safe staffing saves lives”.']);
    expect(sure(res, 'Safe staffing')).toBe('strikers');
  });

  it('"Outside the courthouse, a former customer, retired nurse Gloria Petty, 68, said ... “…,” she said." is Petty\'s, sure: the one described is the one named', () => {
    const res = analyzeParagraphs([
      'The founder of the collapsed exchange was sentenced on Thursday to 12 years in prison.',
      'Outside the courthouse, a former customer, retired nurse Gloria Petty, 68, said she had lost her savings. “I’m glad he’s going away,” she said.',
    ]);
    expect(sure(res, 'I’m glad he’s going away')).toBe('Gloria Petty');
  });
});

describe('round 50: "read a statement on his behalf. “…,” it said."', () => {
  it('is the words of the one it was read for, not the court\'s, nor the reader\'s', () => {
    const res = analyzeParagraphs([
      'The Court of Appeal overturned the conviction of Dominic Ashe on Thursday.',
      'Outside court, Ashe’s solicitor, Maureen Tilley, read a statement on his behalf. “I have been innocent for eleven years,” it said.',
    ]);
    expect(sure(res, 'I have been innocent')).toBe('Dominic Ashe');
  });

  it('a statement read for no one named stays its reader\'s, never the body named before', () => {
    const res = analyzeParagraphs([
      'The Court of Appeal overturned the conviction of Dominic Ashe on Thursday.',
      'Ashe’s solicitor, Maureen Tilley, read a statement. “I have been innocent for eleven years,” it said.',
    ]);
    expect(sure(res, 'I have been innocent')).not.toBe('Court of Appeal');
  });
});

describe('round 50: a charge sheet, a warrant and a writ are documents that speak', () => {
  it('"The charge sheet alleges that the men met “at least nine times”" is the charge sheet\'s', () => {
    const res = analyzeParagraphs(['Three directors of rival quarries were charged on Monday. The charge sheet alleges that the men met “at least nine times” to agree bids.']);
    expect(sure(res, 'at least nine times')).toBe('the charge sheet');
  });
});

describe('round 50: a word before a role\'s noun says what the role is of ("The club chairman, Declan Foyle,")', () => {
  it('"The supporters’ trust chairman, Declan Foyle, addressed the crowd ... / “…,” he said." is Foyle\'s, not an unnamed chairman\'s', () => {
    const res = analyzeParagraphs([
      'Several hundred supporters marched on the stadium before Saturday’s game.',
      'The supporters’ trust chairman, Declan Foyle, addressed the crowd from the back of a lorry.',
      '“They bought this club with borrowed money,” he said.',
    ]);
    expect(sure(res, 'They bought this club')).toBe('Declan Foyle');
    expect(sure(analyzeParagraphs(['The club chairman, Declan Foyle, spoke from the back of a lorry.', '“They bought this club with borrowed money,” he said.']), 'They bought this club')).toBe('Declan Foyle');
  });
});

describe('round 50, reviewed: the new rules narrowed', () => {
  const suggestion = (res: ReturnType<typeof analyzeParagraphs>, start: string) => {
    const q = res.quotes.find((x) => x.text.startsWith(start))!;
    return q.speakerName ?? null;
  };
  it('a name set off after someone new is another\'s unless it is the name they gave ("A woman, a friend of Ines Moreau,", "A passenger who sat behind the driver, Viktor Orlov, said")', () => {
    expect(suggestion(analyzeParagraphs(['A woman, a friend of Ines Moreau, said she feared the worst.', '“She would never just leave,” she said.']), 'She would never')).toBeNull();
    expect(suggestion(analyzeParagraphs(['A passenger on the bus, who sat behind the driver, Viktor Orlov, said he was on his phone.', '“He was texting the whole time,” he said.']), 'He was texting')).toBeNull();
    expect(suggestion(analyzeParagraphs(['A neighbour, who has known Paul Dunn for years, said he had always kept to himself.', '“He was a quiet man,” he said.']), 'He was a quiet man')).toBeNull();
  });

  it('", but" gives the subject to the second clause only when the first clause\'s subject is no one ("Dr Ama Owusu ran the clinic ..., but her deputy, Kofi Mensah, said ... / “…,” she said.")', () => {
    const res = analyzeParagraphs(['Dr Ama Owusu ran the clinic in Kumasi for two decades, but her deputy, Kofi Mensah, said the funding had dried up years ago.', '“We were patching holes with tape,” she said.']);
    expect(suggestion(res, 'We were patching')).not.toBe('Kofi Mensah');
  });

  it('one of someone\'s people is not the speaker when the pronoun may be that someone ("One of his former students accused him ... / “…,” he said.")', () => {
    const res = analyzeParagraphs(['Prof Joel Ames has been suspended pending an inquiry. One of his former students accused him of plagiarism in 2021.', '“The allegations are entirely false,” he said.']);
    expect(suggestion(res, 'The allegations')).toBeNull();
  });

  it('"it said" after a statement is the statement\'s only when the sentence reads or issues it, and never the reader\'s when read on someone\'s behalf', () => {
    expect(sure(analyzeParagraphs(['Greenway Water refused to comment on a statement from the Environment Agency. “We are cooperating fully,” it said.']), 'We are cooperating')).toBe('Greenway Water');
    expect(sure(analyzeParagraphs(['Greenway Water responded on Tuesday to a letter from MP Jane Cole. “We are investing £40m in the network,” it said.']), 'We are investing')).toBe('Greenway Water');
    expect(suggestion(analyzeParagraphs(['Lena Holm was not in court. Holm’s lawyer, Karin Ek, read a statement on her behalf. “I have never taken a bribe,” it said.']), 'I have never taken')).not.toBe('Karin Ek');
  });
});

describe('round 50: "says the 71-year-old retired teacher from Wexcombe" after her name is her', () => {
  it('an age after "the" and a role describes someone named, not someone new, and the place they are from is never the speaker', () => {
    const first = 'When Marguerite Okafor’s boiler broke down for the third time, she rang the manufacturer’s helpline.';
    expect(sure(analyzeParagraphs([first, '“I was on hold for an hour and forty minutes,” says the 71-year-old retired teacher from Wexcombe.']), 'I was on hold')).toBe('Marguerite Okafor');
  });

  it('reviewed: without an age, "the retired teacher from Wexcombe" may be anyone, so stays someone new ("Martha Leigh, 71, ... Her successor, Jane Bright, ... says the retired teacher from Wexcombe.")', () => {
    const res = analyzeParagraphs(['Martha Leigh, 71, taught in the village for 40 years. Her successor, Jane Bright, is 32. “It was a beautiful school,” says the retired teacher from Wexcombe.']);
    expect(sure(res, 'It was a beautiful school')).toBe('retired teacher from Wexcombe (unnamed)');
  });

  it('"said the spokesman for the ministry" is still someone new', () => {
    const res = analyzeParagraphs(['Farmers protested in the capital. “The subsidy will be paid in full,” said the spokesman for the agriculture ministry.']);
    expect(sure(res, 'The subsidy will be paid')).toMatch(/spokesman/);
  });
});

describe('round 50: "A spokesperson for the state prosecutor\'s office said"', () => {
  it('is the spokesperson, unnamed, not the office (as for "the ministry")', () => {
    const res = analyzeParagraphs(['A spokesperson for the state prosecutor\'s office said the state was “ready to proceed”.']);
    expect(sure(res, 'ready to proceed')).toBe('spokesperson for the state prosecutor\'s office (unnamed)');
  });

  it('the office itself still speaks ("The mayor\'s office said")', () => {
    const res = analyzeParagraphs(['The mayor\'s office said the road would reopen “within days”.']);
    expect(sure(res, 'within days')).toMatch(/^the mayor's office$/i);
  });
});

describe('round 50: "says the former soldier, who lost the use of his legs ..." with one person named', () => {
  it('is that person, sure, when a clause set off after the words says more of them', () => {
    const res = analyzeParagraphs([
      'On Thursday nights the sports hall at Carnbrook Leisure Centre sounds like a car crash. That is wheelchair rugby, and Kofi Mensah-Barry would not have it any other way.',
      '“The first time I got hit, properly hit, I laughed for about a minute,” says the former soldier, who lost the use of his legs in a training accident in 2016.',
    ]);
    expect(sure(res, 'The first time I got hit')).toBe('Kofi Mensah-Barry');
  });

  it('not the bare "says the former soldier", which may be someone else', () => {
    const res = analyzeParagraphs(['Kofi Mensah-Barry would not have it any other way.', '“The first time I got hit, I laughed for about a minute,” says the former soldier.']);
    expect(sure(res, 'The first time I got hit')).toBeNull();
  });
});

describe('round 50: a retort with what it said ("shot back that ... “…”")', () => {
  it('"Vanderpool, 59, shot back that Lindgren had “never balanced anything ...”" is Vanderpool\'s, sure', () => {
    const res = analyzeParagraphs(['Marjorie Vanderpool came under attack from all sides. Vanderpool, 59, shot back that Lindgren had “never balanced anything bigger than a quarterly earnings call”.']);
    expect(sure(res, 'never balanced anything')).toBe('Marjorie Vanderpool');
    expect(sure(analyzeParagraphs(['Tom Hale hit back that the council had “no plan of its own”.']), 'no plan of its own')).toBe('Tom Hale');
  });
});

describe('round 50: "The chief executive of Harlow Water said" is the holder of the role, not the body', () => {
  it('suggests the role\'s holder, unnamed, for review, never the body named in the role', () => {
    const res = analyzeParagraphs(['The chief executive of Harlow Water said it was “deeply sorry” for the outage.']);
    const q = res.quotes[0]!;
    expect(q.ambiguous).toBe(true);
    expect(res.cast.find((c) => c.id === q.suggestedSpeakerId)?.name).toBe('chief executive of Harlow Water (unnamed)');
  });

  it('the one the story named in that role, when it did ("Harlow Water chief executive Tom Reed ... / The chief executive of Harlow Water said")', () => {
    const res = analyzeParagraphs(['Harlow Water chief executive Tom Reed was called before MPs on Monday.', 'The chief executive of Harlow Water said the company was “deeply sorry” for the outage.']);
    expect(res.quotes[0]!.speakerName ?? res.cast.find((c) => c.id === res.quotes[0]!.suggestedSpeakerId)?.name).toBe('Tom Reed');
  });
});

describe('round 50: an elided article before a capital is part of a name ("de l’Ovale", "Côte d’Ivoire", "Jean d’Arcy")', () => {
  it('reads the whole name, so "The league, the Ligue Nationale de l’Ovale, said" is the league named', () => {
    const lp = analyzeParagraphLocal('Officials in Côte d’Ivoire said so. Jean d’Arcy said it.');
    expect(lp.mentions.map((m) => m.name)).toEqual(expect.arrayContaining(['Côte d’Ivoire', 'Jean d’Arcy']));
    const res = analyzeParagraphs(['Players have threatened to strike.', 'The league, the Ligue Nationale de l’Ovale, said the calendar had been “agreed in principle” by all 14 clubs.']);
    expect(sure(res, 'agreed in principle')).toBe('Ligue Nationale de l’Ovale');
  });
});

describe('round 50, reviewed again: the retort, the role of a body, "who ..." and the statement read, narrowed', () => {
  const suggestion = (res: ReturnType<typeof analyzeParagraphs>, start: string) => {
    const q = res.quotes.find((x) => x.text.startsWith(start))!;
    return q.speakerName ?? res.cast.find((c) => c.id === q.suggestedSpeakerId)?.name ?? null;
  };
  it('a retort whose subject is a role is left to the role\'s rules, and "hit back that evening" is a time', () => {
    expect(sure(analyzeParagraphs(['Nikos Pappas, 44, was told his contract would not be renewed. The manager hit back that Pappas had “never shown up for training on time”.']), 'never shown up')).toBeNull();
    expect(sure(analyzeParagraphs(['Trailing 2-0 at the break, Kilbride Rovers hit back that evening through Declan Moyes, whose second goal was “simply outrageous”, said manager Tom Healy.']), 'simply outrageous')).toBe('Tom Healy');
  });

  it('the role of a body is held by someone the story gave that role, not by whoever else it named', () => {
    expect(suggestion(analyzeParagraphs(['Union official Steve Barr met staff at the works on Monday. The managing director of Kessler Steel said the plant was “not for sale”.']), 'not for sale')).toBe('managing director of Kessler Steel (unnamed)');
  });

  it('"says the former soldier, who ..." is not the one named when the clause names someone', () => {
    expect(sure(analyzeParagraphs(['Ellis Brandt was killed by a roadside bomb in Helmand in 2011.', '“He was the bravest man I knew,” says the former soldier, who served alongside Brandt for three years.']), 'He was the bravest')).toBeNull();
  });

  it('a statement issued with a word describing it is still the one "it said" means ("issued a short statement")', () => {
    expect(sure(analyzeParagraphs(['Grace Mwangi, the head teacher, issued a short statement. “Our school is grieving,” it said.']), 'Our school is grieving')).toBe('Grace Mwangi');
  });
});

describe('round 50: a body\'s name with "of the" in it ("the Ministry of the Interior", "the Insurance Council of the Midlands")', () => {
  it('is one name, so "the Insurance Council of the Midlands called the bill “…”" is the council\'s', () => {
    const lp = analyzeParagraphLocal('The Ministry of the Interior said so.');
    expect(lp.mentions.map((m) => m.name)).toContain('Ministry of the Interior');
    const res = analyzeParagraphs(['Insurers opposed the bill. The Insurance Council of the Midlands said it was “well-intentioned but misguided”.']);
    expect(sure(res, 'well-intentioned')).toBe('Insurance Council of the Midlands');
  });
});

describe('round 50: "the force", "the league", "the orchestra" are the body of that kind named before', () => {
  it('"Kingsmoor Police said in a statement ... ‘…,’ the force said." is Kingsmoor Police', () => {
    const res = analyzeParagraphs(['Kingsmoor Police said in a statement that it would review the investigation. ‘We recognise the impact this has had,’ the force said.']);
    expect(sure(res, 'We recognise the impact')).toBe('Kingsmoor Police');
  });
});

describe('round 51: a sentence opening with a lower-case compound or an adjective\'s ending is no name ("Long-term data show", "Previous claims of")', () => {
  it('"Long-term data from the station show ... / “…,” she said." is the woman named before, not "Long-term"', () => {
    const res = analyzeParagraphs([
      'The station’s manager, Karin Sjöberg-Alm, said the count reflected a window of fine weather.',
      'She cautioned against reading too much into a single day. Long-term data from the station show sharp declines in several species.',
      '“One spectacular day doesn’t change the trend,” she said.',
    ]);
    expect(sure(res, 'One spectacular day')).toBe('Karin Sjöberg-Alm');
    expect(analyzeParagraphLocal('Previous claims of quantum advantage have been disputed.').mentions.map((m) => m.name)).not.toContain('Previous');
  });

  it('still a name before a capital ("Para-cyclist Olumide Adeyemi-Clarke won")', () => {
    expect(analyzeParagraphLocal('Para-cyclist Olumide Adeyemi-Clarke won three golds.').mentions.map((m) => m.name).join(' ')).toMatch(/Olumide Adeyemi-Clarke/);
  });
});

describe('round 51: who asks a transcript\'s questions', () => {
  it('"spoke to the Herald’s Jonah Fairweather" makes the paper\'s journalist the one asking', () => {
    const res = analyzeParagraphs([
      'Twelve-year-old Aarav Bhattacharjee won the chess championship on Sunday. He and his mother, Sunita Bhattacharjee, spoke to the Herald’s Jonah Fairweather at their kitchen table.',
      'Q: “Aarav, how did it feel when your opponent resigned?”',
      'AARAV: “I didn’t believe it.”',
    ]);
    expect(sure(res, 'Aarav, how did it feel')).toBe('Jonah Fairweather');
  });

  it('"took questions from the audience" makes each question an audience member\'s', () => {
    const res = analyzeParagraphs([
      'After Sunday’s screening at the Lantern Picturehouse, the director Agnieszka Kowalczyk-Dunn took questions from the audience. An edited version follows.',
      'Q: “How much of it was improvised?”',
      'KOWALCZYK-DUNN: “More than the producers know.”',
    ]);
    expect(sure(res, 'How much of it was improvised')).toBe('audience member (unnamed)');
    expect(sure(res, 'More than the producers know')).toBe('Agnieszka Kowalczyk-Dunn');
  });
});

describe('round 51: a transcript label with a name and where they are from in capitals ("CALLER (DEIRDRE, CLACTON):")', () => {
  it('is the caller named in the brackets', () => {
    const res = analyzeParagraphs([
      'Listeners to Late Lines were asked what they would miss most if the town’s last bank closed. Presenter Marcus Obi-Lindqvist took the calls.',
      'OBI-LINDQVIST: “Line two, you’re on Late Lines.”',
      'CALLER (DEIRDRE, CLACTON): “Hello, Marcus. I’m 81 and I don’t do the internet.”',
    ]);
    expect(sure(res, 'Hello, Marcus')).toBe('Deirdre');
  });
});

describe('round 51: a question anyone may ask, and a participle closing a clause', () => {
  it('"“Worth the wait?” is a question many taxpayers may still be asking." is a quote no one in particular said', () => {
    const res = analyzeParagraphs(['The new hospital opened on Monday. “Worth the wait?” is a question many taxpayers may still be asking.']);
    const q = res.quotes.find((x) => x.text.startsWith('Worth the wait'))!;
    expect(q).toBeDefined();
    expect(q.speakerName ?? null).toBeNull();
  });

  it('"Aoife Byrne, whose son Oisín, 7, was among the first patients admitted, said: “…”" is Byrne\'s, not the patients\'', () => {
    const res = analyzeParagraphs(['Aoife Byrne, whose son Oisín, 7, was among the first patients admitted, said: “He asked if he could stay here forever.”']);
    expect(sure(res, 'He asked if he could stay')).toBe('Aoife Byrne');
  });
});

describe('round 51: words the story says someone it does not know spoke are no one\'s', () => {
  it('"“Answer it, it might be a publisher!” somebody called out, to laughter." is not the last speaker\'s', () => {
    const res = analyzeParagraphs([
      'The poet read for an hour. “I went back three times,” Llewelyn-Price said.',
      'Midway through the reading a mobile phone went off in the third row. “Answer it, it might be a publisher!” somebody called out, to laughter.',
    ]);
    expect(res.quotes.find((q) => q.text.startsWith('Answer it'))!.speakerName ?? null).toBeNull();
  });

  it('nor the next sentence\'s subject\'s ("“Sit down,” someone shouted back. Campaigners then began chanting “Keep them open”.")', () => {
    const res = analyzeParagraphs(['The mayor had just begun to speak.', '“Sit down,” someone shouted back. Campaigners in the gallery then began chanting “Keep them open”.']);
    expect(res.quotes.find((q) => q.text.startsWith('Sit down'))!.speakerName ?? null).toBeNull();
  });
});

describe('round 51: a line of a work set off after the word for it ("The film’s most quoted line — “…” — has become a meme")', () => {
  it('is no one\'s words here, not the last speaker\'s', () => {
    const res = analyzeParagraphs([
      'The critic Renata Olmedo called it “the most beautiful film of the year,” while Gustavo Iturra described it as “a punishment, lovingly lit.”',
      'The film’s most quoted line — “We did not lose the farm, we misplaced it” — has already become a meme.',
    ]);
    expect(res.quotes.find((q) => q.text.startsWith('We did not lose'))!.speakerName ?? null).toBeNull();
  });

  it('but one who sums something up in one line says it ("The pianist Desmond Achebe-Ray summed up the career in one line: ‘…’")', () => {
    const res = analyzeParagraphs(['The pianist Desmond Achebe-Ray summed up the career in one line: ‘He kept time for everybody and never asked for any of it back.’']);
    expect(sure(res, 'He kept time')).toBe('Desmond Achebe-Ray');
  });
});

describe('round 51: "Santoni, she says, refused to let her touch a saw." tells of him in her words', () => {
  it('a quote-only paragraph after it is hers, not his', () => {
    const res = analyzeParagraphs([
      'In the back room of a former bakery in Marseille, Leïla Benhamou-Ferrand is sanding the neck of a guitar.',
      '“People think it is romantic. It is mostly dust,” she says.',
      'Benhamou-Ferrand, 45, learned the trade from Joseph Santoni, an old Corsican luthier. Santoni, she says, refused to let her touch a saw for her first six months.',
      '“He made me sweep. Then he made me sharpen. That was the exam.”',
    ]);
    expect(sure(res, 'He made me sweep')).toBe('Leïla Benhamou-Ferrand');
  });
});

describe('round 51: roles in a list of who is who ("Two men keep the truce alive: a retired Kenyan general, Jackson Kariuki, and a rebel commander, Innocent Habimana.")', () => {
  it('each role is its own person\'s, so "the general said" is Kariuki and "the commander said" Habimana', () => {
    const res = analyzeParagraphs([
      'Two men keep the truce alive: a retired Kenyan general, Jackson Mwangi Kariuki, and a rebel commander, Innocent Habimana.',
      '“He keeps his word,” the general said.',
      '“The general is a good man,” the commander said.',
    ]);
    expect(sure(res, 'He keeps his word')).toBe('Jackson Mwangi Kariuki');
    expect(sure(res, 'The general is a good man')).toBe('Innocent Habimana');
  });
});

describe('round 51: an owner of two words or three before a role set off before a name after "said"', () => {
  it('"said Cumberland Vale Council\'s community services manager, Anh Nguyen." is Nguyen', () => {
    const res = analyzeParagraphs(['“We had about 200 people through the doors by lunchtime,” said Cumberland Vale Council’s community services manager, Anh Nguyen.']);
    expect(sure(res, 'We had about 200')).toBe('Anh Nguyen');
  });
});

describe('round 51, reviewed: the new rules narrowed', () => {
  const who = (res: ReturnType<typeof analyzeParagraphs>, start: string) => res.quotes.find((q) => q.text.startsWith(start))?.speakerName ?? null;
  it('a participle closing a clause is no verb of saying only before the sentence\'s own ("local residents complained, “Nobody asked us.”" stays theirs)', () => {
    expect(who(analyzeParagraphs(['At the meeting, local residents complained, “Nobody asked us.” The developer’s spokesman, Ian Cole, said consultation had been extensive.']), 'Nobody asked us')).toBe('local residents');
  });

  it('"took questions from the audience" does not reach past a paragraph bringing in another interview', () => {
    const res = analyzeParagraphs(['The chancellor, Rachel Boateng, took questions from students at Bristol University on Friday.', 'In an interview afterwards, she defended the policy.', 'Q: “Isn’t this a tax on the young?”', 'A: “It’s an investment in them.”']);
    expect(who(res, 'Isn’t this a tax') ?? '').not.toMatch(/student/);
  });

  it('a given name with its second part in lower case before its verb is still a name ("Jae-won was nine")', () => {
    expect(who(analyzeParagraphs(['Jae-won was nine when his family crossed the border.', '“We walked for three nights,” he said.']), 'We walked')).toBe('Jae-won');
  });

  it('a line set off before a verb of saying is the one saying it\'s ("Their line — “…” — is not going to change, Tully said.")', () => {
    expect(who(analyzeParagraphs(['Union boss Mick Tully was unrepentant after the vote.', 'Their line — “We will not be moved” — is not going to change, Tully said.']), 'We will not be moved')).toBe('Mick Tully');
  });

  it('"Cross, she said, was calm throughout." keeps the next quote the subject\'s; a role after a colon is no speaker tag\'s ("a referee, Alex Ferguson said,")', () => {
    const cross = analyzeParagraphs(['Detective Sergeant Aisha Bello interviewed the suspect, Dean Cross, for six hours.', 'Cross, she said, was calm throughout.', '“I didn’t do anything wrong.”']);
    expect(who(cross, 'I didn’t do anything') ?? '').not.toBe('Aisha Bello');
    const ref = analyzeParagraphs(['What he wants is simple: a referee, Alex Ferguson said, should never decide a match.', '“It happens every week,” the referee said.']);
    expect(who(ref, 'It happens every week')).not.toBe('Alex Ferguson');
  });

  it('someone unknown speaking after a comma is no one too ("Somebody in the crowd yelled, “Nor are we!”")', () => {
    expect(who(analyzeParagraphs(['Pedro Alves stood on the bench.', '“We’re not leaving,” he said.', 'Somebody in the crowd yelled, “Nor are we!”']), 'Nor are we')).toBeNull();
  });
});

describe('round 51: "Lukas Ferreira-Holm of the rights group Open Witness said"', () => {
  it('is the person, the group only his affiliation', () => {
    const res = analyzeParagraphs(['Lukas Ferreira-Holm of the rights group Open Witness said the list was “a start, and only a start.”']);
    expect(sure(res, 'a start, and only')).toBe('Lukas Ferreira-Holm');
  });
});

describe('round 51, reviewed again: the owner before a role, and the epithet of a generation, narrowed', () => {
  const who = (res: ReturnType<typeof analyzeParagraphs>, start: string) => {
    const q = res.quotes.find((x) => x.text.startsWith(start))!;
    return q.speakerName ?? res.cast.find((c) => c.id === q.suggestedSpeakerId)?.name ?? null;
  };
  it('an owner of two words before a role with no name after it gives no one else ("said Kowloon Fire Services’ station commander.")', () => {
    const res = analyzeParagraphs(['The fire started in a kitchen on the third floor, said Firefighter Lee Dunn.', '“It spread very fast,” said Kowloon Fire Services’ station commander.']);
    expect(who(res, 'It spread very fast')).not.toBe('Lee Dunn');
  });

  it('"said the third-generation trader" is no one named before in another trade', () => {
    const res = analyzeParagraphs(['Councillor Tessa Blyth said the market had lost half its traders.', '“My family has had this pitch since 1948,” said the third-generation trader.']);
    expect(who(res, 'My family has had')).not.toBe('Tessa Blyth');
  });
});

describe('round 52: "said Metallbund negotiator Jürgen Kaltenbach"', () => {
  it('a person noun the lexicon does not list as a role, with a full name after it, is that person\'s, not the body\'s', () => {
    const res = analyzeParagraphs(['“Two and a half percent over 24 months is a pay cut,” said Metallbund negotiator Jürgen Kaltenbach.']);
    expect(sure(res, 'Two and a half percent')).toBe('Jürgen Kaltenbach');
  });
});

describe('round 52: "Someone had taped a handwritten note to the lift doors: “…”"', () => {
  it('is no one\'s: "Someone" is no name, and the words are of someone the story does not know', () => {
    const res = analyzeParagraphs(['The store closed its doors on Saturday after 62 years.', 'Someone had taped a handwritten note to the lift doors on the ground floor: “Thanks for the memories. Last one out, turn off the lights.”']);
    expect(res.quotes.find((q) => q.text.startsWith('Thanks for the memories'))!.speakerName ?? null).toBeNull();
    expect(analyzeParagraphLocal('Someone had scrawled on the shutter: “Thanks for the memories.”').mentions.map((m) => m.name)).not.toContain('Someone');
  });
});

describe('round 52: a phone-in\'s "CALLER:" is the name the presenter gave the caller', () => {
  const turns = (host: string, after: string) => [
    'This is an edited transcript of Tuesday’s phone-in on Valley Radio, presented by Owen Treharne, with the housing lawyer Farah Quereshi.',
    'TREHARNE: “Farah, what should tenants do first?”',
    'QUERESHI: “Write everything down, with dates.”',
    `TREHARNE: “${host}”`,
    'CALLER: “My landlord has ignored the damp for two winters now.”',
    `TREHARNE: “${after}”`,
    'CALLER: “Not once.”',
  ];
  const speakers = (res: ReturnType<typeof analyzeParagraphs>) => res.quotes.filter((q) => /^(My landlord|Not once)/.test(q.text)).map((q) => q.speakerName);

  it('named as the presenter hands over ("We’ve got Lorraine on the line from Treorchy. Lorraine, go ahead.")', () => {
    expect(speakers(analyzeParagraphs(turns('We’ve got Lorraine on the line from Treorchy. Lorraine, go ahead.', 'Has he ever replied in writing?')))).toEqual(['Lorraine', 'Lorraine']);
  });

  it('named by a name the lexicon lacks when handed over to ("Thandeka, go ahead."), or only later ("Lorraine, has he replied?")', () => {
    expect(speakers(analyzeParagraphs(turns('Line two now. Thandeka, go ahead.', 'Has he ever replied in writing?')))).toEqual(['Thandeka', 'Thandeka']);
    expect(speakers(analyzeParagraphs(turns('Line two, you’re on the air.', 'Lorraine, has he ever replied in writing?')))).toEqual(['Lorraine', 'Lorraine']);
  });

  it('not the guest the presenter speaks to, nor one of two names', () => {
    expect(speakers(analyzeParagraphs(turns('Line two, you’re on the air.', 'Farah, is that common?')))).not.toContain('Farah Quereshi');
    expect(speakers(analyzeParagraphs(turns('We’ve got Lorraine and Gwen on the line.', 'Has he ever replied in writing?')))).not.toContain('Lorraine');
  });
});

describe('round 52: a football club\'s name ("Ashby Rovers", "Harrowgate Athletic") is no person\'s', () => {
  it('"the club said" after the club that said it, not the club whose bid it turned down', () => {
    const res = analyzeParagraphs(['Kelvedon Town said on Tuesday that they had turned down a second offer from Ashby Rovers for striker Dean Holt.', '“Dean is under contract and is not for sale,” the club said in a statement.']);
    expect(res.quotes[0]!.speakerName).toBe('Kelvedon Town');
    expect(analyzeParagraphLocal('Ashby Rovers said the offer was fair.').mentions[0]!.type).toBe('org');
  });

  it('a club the sacking club\'s manager once led is not "the club" for sure', () => {
    const res = analyzeParagraphs([
      'Harrowgate Athletic have sacked manager Ken Bole after nine games without a win.',
      'Bole, 51, was appointed in the summer after leading Millbrook United to promotion.',
      'In a statement, the club said: “The board would like to thank Ken for his hard work.”',
    ]);
    expect(res.quotes[0]!.speakerName).not.toBe('Millbrook United');
  });
});

describe('round 52: "Mr Pryce’s spokesman said" is an unnamed source, labelled as every other is', () => {
  it('the spokesman of someone named, with no one named in the role, is "Pryce’s spokesman (unnamed)"', () => {
    const res = analyzeParagraphs(['Thirty MPs have written to the party leader, Alun Pryce, urging a rethink.', 'Mr Pryce’s spokesman said the leader would “respond in due course”.']);
    expect(res.quotes[0]!.speakerName).toBe('Pryce’s spokesman (unnamed)');
  });
});

describe('round 52, reviewed: the caller\'s name and the club\'s, narrowed', () => {
  const caller = (turns: string[]) => analyzeParagraphs(['An edited transcript of Tuesday’s phone-in on Valley Radio, presented by Owen Treharne.', ...turns]).quotes.filter((q) => q.text.startsWith('Not me')).map((q) => q.speakerName);

  it('a greeting or a word of address handed over to is no caller\'s name ("Hello, you’re on", "Madam, go ahead")', () => {
    for (const hand of ['Hello, you’re on Valley Radio.', 'Morning, you’re on the air.', 'Okay, go ahead.', 'Madam, go ahead.', 'Sorry, go ahead.']) expect(caller([`TREHARNE: “${hand}”`, 'CALLER: “Not me, I have never had a reply.”'])).toEqual(['caller (unnamed)']);
  });

  it('a name the presenter does not hand over to is not the caller\'s ("Thanks for that report, Siobhan. Line four, go ahead.", "Is Mark breathing?")', () => {
    expect(caller(['TREHARNE: “Thanks for that report, Siobhan. Now to the phones. Line four, go ahead.”', 'CALLER: “Not me, I have never had a reply.”'])).toEqual(['caller (unnamed)']);
    expect(caller(['TREHARNE: “Is Mark breathing?”', 'CALLER: “Not me, I have never had a reply.”'])).toEqual(['caller (unnamed)']);
  });

  it('the next caller handed over to with no name is not the caller before ("Thanks, Denise. Line two, you’re on.")', () => {
    const speakers = caller(['TREHARNE: “Denise, go ahead.”', 'CALLER: “Not me, I have never had a reply.”', 'TREHARNE: “Thanks, Denise. Line two, you’re on.”', 'CALLER: “Not me either.”']);
    expect(speakers).toEqual(['Denise', 'caller (unnamed)']);
  });

  it('a later turn handing over to the next caller does not name this one ("Maureen, go ahead.")', () => {
    expect(caller(['TREHARNE: “Line two.”', 'CALLER: “Not me, I have never had a reply.”', 'TREHARNE: “Maureen, go ahead.”'])).toEqual(['caller (unnamed)']);
  });

  it('a club word alone before a noun is no organisation ("Wanderers supporters", "United fans")', () => {
    const res = analyzeParagraphs(['Rovers and United fans clashed outside the ground, police said.', '“Four men were arrested,” a spokesman said.']);
    expect(res.quotes[0]!.speakerName).toBe('spokesman (unnamed)');
  });

  it('"the club said" after a firm agreed to buy a club is not surely the firm', () => {
    const res = analyzeParagraphs(['Kessler Capital has agreed to buy Portbridge Albion.', '“This is a new chapter,” the club said.']);
    expect(res.quotes[0]!.speakerName).toBeNull();
  });
});

describe('round 53: who asks a Q and A\'s questions', () => {
  const asker = (intro: string) => analyzeParagraphs([intro, 'Q: “Is the ceasefire real?”', 'A: “Both can be true at once.”']).quotes[0]!.speakerName;

  it('the one "she spoke to" with their station and the day ("She spoke to Atlas Radio’s Kwame Mensah-Bonsu on Friday.")', () => {
    expect(asker('Leila Haddad-Serrano has spent eleven months as special envoy. She spoke to Atlas Radio’s Kwame Mensah-Bonsu on Friday.')).toBe('Kwame Mensah-Bonsu');
  });

  it('the one "they spoke to", the story being about two ("They spoke to Ananya Krishnaswamy.")', () => {
    expect(asker('The twins Ravi and Rohan Deshpande-Iyer, 34, run a bookshop that stays open until 2am. They spoke to Ananya Krishnaswamy.')).toBe('Ananya Krishnaswamy');
  });
});

describe('round 53: a transcript\'s "UNIDENTIFIED VOICE:" is no one', () => {
  const turns = (label: string) => analyzeParagraphs(['The following is from Monday’s briefing by the foreign ministry spokesperson, Hana Dvořáková.', 'DVOŘÁKOVÁ: “We have nothing to add.”', `${label}: “Has the ambassador been summoned?”`, 'DVOŘÁKOVÁ: “Not at this stage.”']).quotes[1]!;

  it('no speaker for a voice the transcript could not name', () => {
    expect(turns('UNIDENTIFIED VOICE').speakerName).toBeNull();
  });

  it('someone unnamed, described, for an unidentified man, left for review; never the turn after\'s', () => {
    const res = analyzeParagraphs(['UNIDENTIFIED MAN: “They took my phone.”', 'DETECTIVE SARAH CARTER: “Who took it?”']);
    const q = res.quotes[0]!;
    expect(q.speakerName).toBeNull();
    expect(res.cast.find((c) => c.id === q.suggestedSpeakerId)?.name).toBe('man (unnamed)');
  });
});

describe('round 53: "“…,” a voice called from the back of the hall"', () => {
  it('is no one\'s, not the one who spoke before', () => {
    const res = analyzeParagraphs(['Halvard Ekdahl-Mensah promised a new hall by spring. “We will deliver,” he said.', '“You said that last year,” a voice called from the back of the hall.']);
    expect(res.quotes[1]!.speakerName).toBeNull();
    expect(res.quotes[1]!.suggestedSpeakerId ?? null).toBeNull();
  });
});

describe('round 53: "Moments later came another shout: “Shame!”"', () => {
  it('a span of time opening the sentence is no name, so the shout is no one\'s', () => {
    const res = analyzeParagraphs(['The chairman called for order.', 'Moments later came another shout: “Shame!”']);
    expect(res.quotes[0]!.speakerName).toBeNull();
    expect(analyzeParagraphLocal('Hours after the vote, the mayor resigned.').mentions.map((m) => m.name)).not.toContain('Hours');
  });
});

describe('round 53: a role reported speaking at the end of the paragraph before ("The hospital’s director said ... / “…,” he said.")', () => {
  const paras = (last: string) => [
    '“We are counting the dead by hand,” said Dr Yusuf Al-Rawahi, the hospital’s director.',
    '“We have the fuel and the trucks,” said the coalition’s spokesman, Anders Lindqvist-Obi.',
    last,
    '“Where else would we go?” he said.',
  ];
  const who = (res: ReturnType<typeof analyzeParagraphs>) => res.quotes.find((q) => q.text.startsWith('Where else'))!;

  it('is the one person the story gave that role, for sure', () => {
    expect(who(analyzeParagraphs(paras('The hospital’s director said staff had not been paid for three months.'))).speakerName).toBe('Yusuf Al-Rawahi');
  });

  it('not when someone else is named after the role in that sentence', () => {
    expect(who(analyzeParagraphs(paras('The hospital’s director said Anders Lindqvist-Obi had promised fuel by Friday.'))).speakerName).not.toBe('Yusuf Al-Rawahi');
  });
});

describe('round 53: "The meeting was chaired by Councillor Dervla Quinlan, who ... / “…,” she said."', () => {
  it('a gathering led by someone makes the sentence theirs for a "she said" after it', () => {
    const res = analyzeParagraphs([
      '“My rent went up by a third in one go,” said Halima Yusuf, a teaching assistant.',
      'A landlord in the audience, Mr Fairclough, said caps would drive owners out. “You will end up with fewer homes,” he said.',
      'The meeting was chaired by Councillor Dervla Quinlan, who has tabled a motion on rent caps.',
      '“I’m not pretending a cap is a magic wand,” she said afterwards.',
    ]);
    expect(res.quotes.find((q) => q.text.startsWith('I’m not pretending'))!.speakerName).toBe('Dervla Quinlan');
  });

  it('not a gathering chaired by two', () => {
    const res = analyzeParagraphs([
      '“My rent went up by a third in one go,” said Halima Yusuf, a teaching assistant.',
      'A landlord in the audience, Mr Fairclough, said caps would drive owners out. “You will end up with fewer homes,” he said.',
      'The meeting was chaired by Councillor Dervla Quinlan and Councillor Ruth Obi.',
      '“I’m not pretending a cap is a magic wand,” she said afterwards.',
    ]);
    expect(res.quotes.find((q) => q.text.startsWith('I’m not pretending'))!.speakerName).not.toBe('Dervla Quinlan');
  });
});

describe('round 53: "The government says it will release funds, but Ms Begum said no one had come. ‘…,’ she said."', () => {
  const text = (first: string) => [
    'In Sunamganj district, Rahima Begum waded to a relief boat. ‘Everything is under the water,’ she said.',
    '‘Diarrhoea kills more people,’ said Dr Farzana Iqbal-Roy of the charity Delta Health Watch.',
    `${first}, but Ms Begum said no one from the authorities had reached her village. ‘They come after the water goes,’ she said.`,
  ];
  const who = (res: ReturnType<typeof analyzeParagraphs>) => res.quotes.find((q) => q.text.startsWith('They come'))!.speakerName;

  it('a body saying something in the first clause leaves the sentence to the one "but" brings in (past an honorific)', () => {
    expect(who(analyzeParagraphs(text('The government says it will release emergency funds')))).toBe('Rahima Begum');
  });

  it('not when a person says something in the first clause', () => {
    expect(who(analyzeParagraphs(text('Dr Iqbal-Roy says the funds will come')))).not.toBe('Rahima Begum');
  });
});

describe('round 53: "The council said" after a resident given an age', () => {
  it('someone the story gave an age is no firm "the council" might be, so the council is sure', () => {
    const res = analyzeParagraphs([
      'Three rural bus routes will be withdrawn in April after the county council confirmed it could no longer afford them.',
      'Dilys Morgan, 71, who uses the 43 to reach her GP surgery, said: “Without that bus I am stuck.”',
      'The council said it would offer a dial-a-ride service “where demand exists”.',
    ]);
    const q = res.quotes.find((x) => x.text === 'where demand exists')!;
    expect(q.speakerName).toBe('the council');
  });
});

describe('round 53, reviewed: the new rules narrowed', () => {
  it('"They spoke to" someone makes them the interviewer only after a pair named together, not detectives who ask', () => {
    const res = analyzeParagraphs(['Detectives reopened the case in January. They spoke to Marcus Bell on Monday.', 'Q: “Where were you on the night of the fire?”', 'A: “At home.”']);
    expect(res.quotes[0]!.speakerName).not.toBe('Marcus Bell');
  });

  it('"a voice message from her son said" is the son\'s words, not no one\'s', () => {
    const res = analyzeParagraphs(['Mrs Tembo lost her son in the flood.', '“Come home, Mum,” a voice message from her son said.']);
    expect(res.quotes[0]!.speakerName ?? res.cast.find((c) => c.id === res.quotes[0]!.suggestedSpeakerId)?.name ?? null).not.toBeNull();
  });

  it('a gathering chaired by someone is not theirs when the sentence speaks of another by a pronoun', () => {
    const res = analyzeParagraphs(['Mrs Farah Siddiqui sat at the back of the room.', 'The meeting was chaired by Councillor Ann Lee, who refused to let her speak.', '“I was silenced,” she said.']);
    expect(res.quotes[0]!.speakerName).not.toBe('Ann Lee');
  });

  it('a body\'s first clause naming a person keeps the sentence from the one "but" brings in', () => {
    const res = analyzeParagraphs(['The ministry said Dr Ana Lopez had resigned, but her lawyer, Sarah Kimani, said she was dismissed. “I was never given a reason,” she said.']);
    expect(res.quotes[0]!.speakerName).not.toBe('Sarah Kimani');
  });
});

describe('round 53: a transcript turn that is only a stage direction ("MAGNUSSON: [laughs]")', () => {
  it('is no quote, and the turns around it keep their speakers', () => {
    const res = analyzeParagraphs(['Ingrid Magnusson spoke to the podcast about moss.', 'HOST: So you talk to the moss?', 'MAGNUSSON: [laughs]', 'MAGNUSSON: Only on Sundays.', 'HALVORSEN: (inaudible crosstalk)']);
    expect(res.quotes.map((q) => q.text)).toEqual(['So you talk to the moss?', 'Only on Sundays.']);
    expect(res.quotes[1]!.speakerName).toBe('Ingrid Magnusson');
  });
});

describe('round 53: "That was how the foreign minister, Aigerim Seitkali-Brandt, summed up ..." after a quote opening the story', () => {
  it('the quote is the one named right after "how", or set off after the role', () => {
    const named = (second: string) => analyzeParagraphs(['“We will not be the last country to recognise this government.”', second]).quotes[0]!.speakerName;
    expect(named('That was how Tarvesh’s foreign minister, Aigerim Seitkali-Brandt, summed up her government’s position on Thursday.')).toBe('Aigerim Seitkali-Brandt');
    expect(named('That is how Aigerim Seitkali-Brandt puts it.')).toBe('Aigerim Seitkali-Brandt');
  });

  it('not a place after "for" in the role', () => {
    const res = analyzeParagraphs(['‘A catastrophe in slow motion.’ That is how the UN’s humanitarian coordinator for Sahrane, Tomasz Wierzbicki, describes conditions in Dhiban.']);
    expect(res.quotes[0]!.speakerName).not.toBe('Sahrane');
  });
});

describe('round 53: "The island’s rescue coordination centre said ..."', () => {
  it('a body owned by a place speaks as the body', () => {
    const res = analyzeParagraphs(['Survivors were still missing on Tuesday.', 'The island’s rescue coordination centre said the search would continue “for as long as there is hope.”']);
    expect(res.quotes[0]!.speakerName).toBe('the island’s rescue coordination centre');
  });
});

describe('round 53: "He said he used to count a flock of 30. / “…,” said the 74-year-old."', () => {
  it('an age no one was given is the one a sure "he said" just before means, with no one else in that sentence', () => {
    const res = analyzeParagraphs([
      '“Sparrows are the canary in the coal mine,” said survey coordinator Niamh Ó Broin.',
      'In Athlone, retired postman Séamus Kinsella has taken part every year. He said he used to count a flock of 30 sparrows in his hedge.',
      '“This winter I saw four,” said the 74-year-old.',
    ]);
    expect(res.quotes.find((q) => q.text.startsWith('This winter'))!.speakerName).toBe('Séamus Kinsella');
  });
});

describe('round 53: "A spokesperson for the operator, Fellside Travel, said:" is the spokesperson\'s', () => {
  it('a firm named after what it is to someone, in a spokesperson\'s "for" phrase, is whose spokesperson it is, not the speaker', () => {
    const who = (text: string) => analyzeParagraphs([text]).quotes[0]!.speakerName;
    expect(who('A spokesperson for the operator, Fellside Travel, said: “We are co-operating fully.”')).toBe('Fellside Travel spokesperson (unnamed)');
    expect(who('A spokesperson for her bank, Lakeshore Trust, said it “reviews every claim on its merits.”')).toBe('Lakeshore Trust spokesperson (unnamed)');
  });
});

describe('round 53, reviewed again: the spokesperson\'s firm, the stage direction, "That was how", the bare age, narrowed', () => {
  const who = (text: string) => analyzeParagraphs([text]).quotes[0]!.speakerName;

  it('a person named after "for the company," is the spokesperson, not a firm (a name that reads as no firm\'s)', () => {
    expect(who('A spokeswoman for the company, Olumide Bankole, said: “We have cooperated fully.”')).toBe('Olumide Bankole');
    expect(who('A spokesman for the bank, Thandiwe Mokoena, said: “Branch closures are a last resort.”')).toBe('Thandiwe Mokoena');
  });

  it('a firm named in another clause after the spokesperson\'s "for" phrase speaks as the firm', () => {
    expect(who('A spokesman for the airline declined to comment, but its parent company, Skyward Group, said: “We are reviewing the incident.”')).not.toBe('Skyward Group spokesman (unnamed)');
  });

  it('words in brackets are still words: "[Through interpreter: I was at home.]", "(Yes.)"', () => {
    const res = analyzeParagraphs(['Extract from the trial transcript.', 'PROSECUTOR: Where were you that night?', 'MUSA: [Through interpreter: I was at my cousin’s shop.]', 'DOYLE: (Yes.)']);
    expect(res.quotes.map((q) => q.text)).toContain('[Through interpreter: I was at my cousin’s shop.]');
    expect(res.quotes.map((q) => q.text)).toContain('(Yes.)');
  });

  it('"That was how the striker, Kieran Lusk, described the advice his coach gave him" names no one', () => {
    const res = analyzeParagraphs(['“Trust me, son, the ball always comes back.”', 'That was how the Rovers striker, Kieran Lusk, described the advice his first coach gave him at nine.']);
    expect(res.quotes[0]!.speakerName).not.toBe('Kieran Lusk');
  });

  it('"said the 92-year-old" is not a sure "he" when someone else named nearby has not spoken', () => {
    const res = analyzeParagraphs(['The count was led by Pádraig Moran and his neighbour Bridget Kinsella.', 'Moran has walked the route since 1985. He said the curlews had all but gone.', '“I first counted here in 1947, with my father,” said the 92-year-old.']);
    expect(res.quotes[0]!.speakerName).not.toBe('Pádraig Moran');
  });
});

describe('round 54: a saying, and a voice no one knows', () => {
  it('"There is a saying in the lower leagues ...: “…”" is no one\'s', () => {
    const res = analyzeParagraphs(['Alun Prothero has been club secretary for 40 years.', 'There is a saying in the lower leagues, repeated in clubhouses from Penzance to Berwick: “You don’t pick the club. The club picks you.”']);
    expect(res.quotes[0]!.speakerName).toBeNull();
    expect(analyzeParagraphs(['There’s a saying here: “Slow is smooth.”']).quotes[0]!.speakerName).toBeNull();
  });

  it('"Somewhere behind a curtain, a voice shouts “Is anybody there?”" is no one\'s, and "Somewhere" is no name', () => {
    const res = analyzeParagraphs(['Nurse Ama Owusu ran between the beds.', 'Somewhere behind a curtain, a voice shouts “Is anybody there?” No one answers.']);
    expect(res.quotes[0]!.speakerName).toBeNull();
    expect(res.cast.map((c) => c.name)).not.toContain('Somewhere');
  });
});

describe('round 54: "“That’s simply not true, Dana.”" after Dana Kerrigan spoke', () => {
  it('words that call the last speaker by name are not theirs going on', () => {
    const res = analyzeParagraphs([
      'Incumbent Grace Oyelowo-Hart opened by listing her record.',
      'Her challenger, council member Dana Kerrigan, was having none of it. “The ferry terminal was two years late,” she said.',
      '“That’s simply not true, Dana.”',
    ]);
    expect(res.quotes[1]!.speakerName).not.toBe('Dana Kerrigan');
    expect(res.cast.find((c) => c.id === res.quotes[1]!.suggestedSpeakerId)?.name).not.toBe('Dana Kerrigan');
  });
});

describe('round 54, reviewed: the saying, "Somewhere" and a name called, narrowed', () => {
  it('a saying someone in the sentence gives is theirs ("There is a rule in this dressing room, Brandt said: “…”")', () => {
    const res = analyzeParagraphs(['Coach Hendrik Brandt has run the under-18s for a decade.', 'There is a rule in this dressing room, Brandt said: “Nobody leaves before the kit is packed.”']);
    expect(res.quotes[0]!.speakerName).toBe('Hendrik Brandt');
  });

  it('a name in the words that is a place, a list or a sign-off does not take them from the one going on', () => {
    const going = (second: string) => analyzeParagraphs(['Regina Okafor emigrated to Canada in 1998. “We knew nobody,” Okafor said.', second]).quotes[1]!.speakerName;
    expect(going('“We settled in the capital of Saskatchewan, Regina.”')).toBe('Regina Okafor');
    expect(analyzeParagraphs(['Mira Castellanos read from the letter to her son. “I kept a copy,” Castellanos said.', '“Come home safe. All my love, Mira.”']).quotes[1]!.speakerName).toBe('Mira Castellanos');
  });

  it('"Somewhere, a child began to cry. “…”" is not surely the minister going on', () => {
    const res = analyzeParagraphs(['Finance Minister Grant Lowe was halfway through his speech. “We will balance the books,” he said.', 'Somewhere, a child began to cry. “Mummy, I want to go home.”']);
    expect(res.quotes[1]!.speakerName).not.toBe('Grant Lowe');
  });
});

describe('round 54: "The family of the taxi driver, Patrick Hourigan, said ..."', () => {
  it('is the family\'s, as "The family of Patrick Hourigan said" is, not Hourigan\'s', () => {
    const who = (t: string) => analyzeParagraphs([t]).quotes[0]!.speakerName;
    expect(who('The family of the taxi driver, Patrick Hourigan, said they were “devastated”.')).toBe('the family of Patrick Hourigan');
    expect(who('The parents of the boy, Liam Doyle, said: “We are heartbroken.”')).toBe('the parents of Liam Doyle');
  });

  it('not when a second description or the name\'s own verb follows the name ("Joan Maher, his mother, said", "Patrick Hourigan said, is")', () => {
    const who = (t: string) => analyzeParagraphs([t]).quotes[0]!.speakerName;
    expect(who('The family of the victim, Joan Maher, his mother, said: “We are heartbroken.”')).toBe('Joan Maher');
    expect(who('The family of the victim, Patrick Hourigan said, is “utterly distraught”.')).toBe('Patrick Hourigan');
  });

  it('not one person of someone\'s ("The son of the taxi driver, Liam Hourigan, said" may name the son)', () => {
    const res = analyzeParagraphs(['The son of the taxi driver, Liam Hourigan, said: “Dad loved this city.”']);
    expect(res.quotes[0]!.speakerName).not.toBe('the son of Liam Hourigan');
  });
});

describe('round 54: one the story says died, and a place, are no "he" soon after', () => {
  it('"Marek Danso, 19, died in hospital" is not the "he" quoted two sentences later, nor is "east Cardiff"', () => {
    const res = analyzeParagraphs([
      'Detectives investigating the fatal stabbing of a teenager in east Cardiff have appealed for witnesses.',
      'Marek Danso, 19, died in hospital on Saturday.',
      'Inspector Kim Aldous said two men had been arrested.',
      '“We are asking anyone with dashcam footage to come forward,” he said.',
    ]);
    expect(['Marek Danso', 'Cardiff']).not.toContain(res.quotes[0]!.speakerName);
  });

  it('but the one who died is still the "she" of an obituary that quotes her before anyone else is a subject', () => {
    const res = analyzeParagraphs(['Dame Ruth Okafor-Blythe, 88, died on Sunday at her home in Whitstable.', '“I never wanted a statue. I wanted a bus route,” she told an interviewer in 2009.']);
    expect(res.quotes[0]!.speakerName).toBe('Ruth Okafor-Blythe');
  });
});

describe('round 54: a name that is a word opening a sentence before an adverb and a verb', () => {
  it('"Hope now volunteers there herself. “…,” she says." is Hope Mahuika\'s, surely', () => {
    const said = (third: string) =>
      analyzeParagraphs(['Ngaire Tane runs the night line from a converted garage. “We never close,” she says.', 'One former caller, Hope Mahuika, 17, says it saved her.', third]).quotes[1]!;
    for (const third of ['Hope now volunteers there herself. “I want to give something back,” she says.', 'Hope still answers calls on Sundays. “I want to give something back,” she says.', 'Hope recognises the voices of the regulars. “I want to give something back,” she says.']) {
      expect(said(third).speakerName).toBe('Hope Mahuika');
      expect(said(third).ambiguous).toBe(false);
    }
  });

  it('but not a surname that is a word, nor a titled one ("Power still goes off", "Sugar now accounts for")', () => {
    const q = analyzeParagraphs(['Lord Sugar backed the levy on Tuesday. Health campaigner Jamie Oliver also welcomed it.', 'Sugar now accounts for a fifth of children’s calories.', '“This is a good day for kids,” he said.']).quotes[0]!;
    expect(q.ambiguous || q.speakerName !== 'Sugar').toBe(true);
    const r = analyzeParagraphs(['Energy minister Ed Power visited the island on Monday. Islander Rob Gunn, 70, keeps a generator in his shed. Power still goes off most nights.', '“We are used to it,” he said.']).quotes[0]!;
    expect(r.ambiguous || r.speakerName !== 'Ed Power').toBe(true);
  });
});

describe('round 54: counsel "put it to him that ...", and the one asked answering', () => {
  const trial = ['Gareth Penrose, 47, denies fraud by abuse of position.', 'Giving evidence on Monday, he said he had repaid every penny. “I borrowed it and I paid it back,” he said.', 'Prosecutor Idris Vaughan-Lloyd put it to him that the repayments began only after the audit.'];

  it('the paragraph after "put it to him", opening "“…,” he replied.", is the one it was put to, surely', () => {
    const q = analyzeParagraphs([...trial, '“That is a coincidence,” he replied. “I had always meant to pay.”']).quotes[1]!;
    expect(q.speakerName).toBe('Gareth Penrose');
    expect(q.ambiguous).toBe(false);
  });

  it('but not surely when the words ask again ("“…, didn’t you?” he asked.")', () => {
    const q = analyzeParagraphs([...trial, '“You only paid because you were caught, didn’t you?” he asked.']).quotes[1]!;
    expect(q.ambiguous || q.speakerName !== 'Gareth Penrose').toBe(true);
  });

  it('a question after "X asked him whether ..." in the same paragraph is the asker\'s, asking again', () => {
    const res = analyzeParagraphs(['Gareth Penrose, 47, told the committee his bonus had been set by the board.', 'The committee chairman, Idris Vaughan-Lloyd, asked him whether he thought the company had performed well. “Would you pay yourself a bonus for that?” he asked.']);
    expect(res.quotes[0]!.speakerName).toBe('Idris Vaughan-Lloyd');
  });
});

describe('round 54: "Mrs Ferreira" when a child of that name has been given an age', () => {
  it('is the grown-up of that name and gender, not the child the story named last', () => {
    const res = analyzeParagraphs([
      'Noah Kessler, 9, has waited two years for a wheelchair that fits him.',
      'His father, Daniel Kessler, said the family had written to their MP four times.',
      'Noah, who wants to play wheelchair basketball, said he was fed up. “I just want to go to the park,” he said.',
      'Mr Kessler has started a crowdfunding page. “No child should be left waiting like this,” he said.',
    ]);
    expect(res.quotes[1]!.speakerName).toBe('Daniel Kessler');
  });
});

describe('round 54: words that call the one going on by their title alone', () => {
  it('"“That is not what the report says, councillor.”" after Councillor Raman spoke is not hers', () => {
    const res = analyzeParagraphs([
      'The planning officer, Dev Malhotra, defended the scheme at Tuesday’s meeting.',
      '“You have ignored every objection from residents,” Councillor Priya Raman said.',
      '“That is not what the report says, councillor.”',
    ]);
    expect(res.quotes[1]!.speakerName).not.toBe('Priya Raman');
  });

  it('nor "“Minister, with respect, you have not answered.”" after the minister spoke', () => {
    const res = analyzeParagraphs(['“We have met every target,” the Health Minister, Grace Obi, said.', '“Minister, with respect, you have not answered the question.”']);
    expect(res.quotes[1]!.speakerName).not.toBe('Grace Obi');
  });
});

describe('round 54: a given name that is a word, opening a sentence before a surname and an age', () => {
  it('"Frank Mossop, 88, ..." is a full name, so "the elder Mossop said" is Frank, not the grandson named last', () => {
    const res = analyzeParagraphs([
      'Frank Mossop, 88, first drove the village minibus in 1979. His grandson, Liam Mossop, 19, took his test in the same bus last month.',
      '“It still smells of diesel and boiled sweets,” the elder Mossop said.',
    ]);
    expect(res.quotes[0]!.speakerName).toBe('Frank Mossop');
  });

  it('not a person noun or a title before the name ("Farmer Tull, 70," is Tull)', () => {
    const res = analyzeParagraphs(['Farmer Tull, 70, has kept the same flock for fifty years. “They know my voice,” Tull said.']);
    expect(res.cast.some((c) => c.name === 'Farmer Tull')).toBe(false);
  });
});

describe('round 54: a paragraph about someone doing something to another of their gender', () => {
  it('"Ms Lindsay entered her for the olympiad, and she finished tenth. / “I …”" is not surely the teacher\'s', () => {
    const res = analyzeParagraphs([
      'Zainab Qureshi, 16, taught herself to code on a borrowed laptop.',
      '“I watched videos on the bus,” she said.',
      'Her computing teacher, Eilidh Baird, said she had never seen anything like it.',
      'Ms Baird entered her for a national coding contest, and she finished third.',
      '“I didn’t even know there were prizes. I thought it was just for fun.”',
    ]);
    const q = res.quotes[res.quotes.length - 1]!;
    expect(q.ambiguous || q.speakerName !== 'Eilidh Baird').toBe(true);
  });
});

describe('round 54: a victim\'s statement read to the court before the defendant was jailed', () => {
  const read = 'Helen Sandhu’s impact statement was read to Leeds Crown Court by prosecutor Adam Hale before Dean Ormerod, 31, was jailed for six years.';

  it('"“…,” she wrote." is not surely the defendant named there with no gender, when the statement\'s owner is a she', () => {
    const q = analyzeParagraphs([read, '“I have not slept properly since that night,” she wrote.']).quotes[0]!;
    expect(q.speakerName).not.toBe('Ormerod');
    expect(q.ambiguous ? q.suggestedSpeakerId : q.speakerId).toBeTruthy();
  });

  it('"“…,” the statement said." is the one whose statement it was', () => {
    expect(analyzeParagraphs([read.replace(' before Dean Ormerod, 31, was jailed for six years', ''), '“I have not slept properly since that night,” the statement said.']).quotes[0]!.speakerName).toBe('Helen Sandhu');
  });
});

describe('round 54: a name right after a preposition in the phrase set off after one described', () => {
  it('"said one farmer, a sheep breeder from Tregaron, after the vote" is the farmer\'s, not Tregaron\'s', () => {
    const res = analyzeParagraphs(['“Too many speeches and not enough sheep,” said one farmer, a sheep breeder from Tregaron, after the vote.']);
    expect(res.quotes[0]!.speakerName).toBe('farmer (unnamed)');
  });

  it('"A regular customer, a poet from Hull, called the closure “…”" is the customer\'s; "the poet Sam Ibbott" there is still his', () => {
    expect(analyzeParagraphs(['A regular customer, a poet from Hull, called the closure “an act of vandalism”.']).quotes[0]!.speakerName).toBe('regular customer (unnamed)');
    expect(analyzeParagraphs(['A regular customer, the poet Sam Ibbott, called the closure “an act of vandalism”.']).quotes[0]!.speakerName).toBe('Sam Ibbott');
  });
});

describe('round 54: "“…,” as one veteran of previous plots put it, “…”"', () => {
  it('both halves are the one described, not the one quoted in the paragraph before', () => {
    const res = analyzeParagraphs(['The chief whip, Sir Alec Dunmore, refused to comment. “I never discuss numbers,” he said.', '“Everyone wants the crown,” as one former minister put it, “but nobody wants to hold the knife.”']);
    expect(res.quotes.slice(1).map((q) => q.speakerName)).toEqual(['former minister (unnamed)', 'former minister (unnamed)']);
  });
});

describe('round 54: "a voice from the back called out “…”"', () => {
  it('is no one the story named, not the councillor quoted just before', () => {
    const res = analyzeParagraphs(['Councillor Ffion Rees promised to fight the closure. “This library is not for sale,” she said.', 'As the meeting ended, a voice from the back called out “See you all in court!”, to laughter.']);
    expect(res.quotes[1]!.speakerName).toBeNull();
    expect(res.quotes[1]!.ambiguous).toBe(false);
  });
});

describe('round 54, reviewed: the death, the asker, "Mrs", the title called, the object and the other person, narrowed', () => {
  /** the last quote's speaker, or "? X" when it is uncertain, suggesting X */
  const who = (paras: string[]) => {
    const res = analyzeParagraphs(paras);
    const q = res.quotes[res.quotes.length - 1]!;
    return q.speakerName ?? (q.ambiguous ? `? ${res.cast.find((c) => c.id === q.suggestedSpeakerId)?.name}` : null);
  };

  it('an obituary that goes back to the one who died keeps their old words theirs; "died for 78 minutes" is no death', () => {
    expect(who(['Retired jockey Sam Pryor, 77, died peacefully on Sunday, his family said.', 'Trainer Amanda Clegg, who rode against him for a decade, said he was “the bravest man I knew”.', 'Pryor rode 1,200 winners. In a 2010 interview he reflected on the falls.', '“I broke every bone you can name and a few you can’t,” he said.'])).toBe('Sam Pryor');
    expect(who(['Fabrice Adeyemi, 31, died for 78 minutes after collapsing on the pitch in March.', 'Cardiologist Helen Marsh, who led the team that revived him, said his recovery was remarkable.', '“I don’t remember anything about that day,” he said this week.'])).toBe('Fabrice Adeyemi');
  });

  it('"Miss Ferreira" may be the 17-year-old: not surely the mother', () => {
    expect(who(['Lucia Ferreira, 17, won gold in the 200m. Her mother, Ana Ferreira, was in the stands.', '“I didn’t expect to win at all,” Miss Ferreira said.'])).not.toBe('Ana Ferreira');
  });

  it('a title that opens a list, or one someone else holds too, does not take the words from the one going on', () => {
    expect(who(['Chiefs head coach Dana Reyes paid tribute to her predecessor, Tony Marsh, who died on Monday. “He built this club,” Reyes said.', '“Coach, mentor, friend — he was all of those to me.”'])).toBe('Dana Reyes');
    expect(who(['Deputy Aoife Nolan accused the minister of hiding the figures. Deputy Seán Kehoe rose to answer her. “That is nonsense, deputy,” Mr Kehoe said.', '“Check the record, deputy.”'])).toBe('Seán Kehoe');
  });

  it('"her" about the subject herself, and an opponent beaten, leave the subject sure', () => {
    expect(who(['Ruth Lyle runs the last bakery on the high street. Customers still queue for her.', '“I get up at three every morning.”'])).toBe('Ruth Lyle');
    expect(who(['Okonkwo-Reid, 29, beat Maria Sakkari in straight sets on Tuesday.', '“I served really well today,” she said.'])).toBe('Okonkwo-Reid');
  });

  it('after "put it to him", words to a "you" in the next paragraph are not surely the one asked', () => {
    expect(who(['Carl Rudd, 44, told the jury: “I checked every harness myself that morning.”', 'Prosecutor Huw Lyle put it to him that no harness had been checked at all.', '“You have told this jury a story,” he said.'])).not.toBe('Carl Rudd');
  });
});

describe('round 54: "said the Ceann Comhairle, Brendan Fitzmaurice": a title in capitals after "the", then the name', () => {
  it('is the name set off after the title, not the title', () => {
    const who = (t: string) => analyzeParagraphs([t]).quotes[0]!.speakerName;
    expect(who('“We will not be moved,” said the Grand Mufti, Sheikh Idris Haddad, after prayers.')).toBe('Idris Haddad');
    expect(who('“The vote is closed,” said the Clerk, Janet Moss, of the Assembly.')).toBe('Janet Moss');
  });
});

describe('round 54: "The union representing staff at the hospital described the plans as “…”"', () => {
  it('is the union\'s, the body opening the sentence, not the hospital inside its participle\'s phrase', () => {
    const res = analyzeParagraphs(['Staff at Marlow Cross Hospital will pay more to park from April.', 'The union representing porters at the hospital described the charges as “a fine for turning up”.']);
    expect(res.quotes[0]!.speakerName).toBe('the union');
  });
});

describe('round 54: "Our transport reporter, Nia Okafor, put readers’ questions to ..." then Q and A', () => {
  it('the questions are the reporter\'s and the answers the one asked, surely', () => {
    const res = analyzeParagraphs([
      'The Harbourline ferry timetable changes on Monday. Our transport reporter, Nia Okafor, put readers’ questions to Tomasz Brandt, the operator’s service manager.',
      'Q: “Will the early sailing still run?”',
      'A: “Yes, at 6.40 instead of 6.15.”',
      'Q: “Are fares going up?”',
      'A: “Not this year.”',
    ]);
    expect(res.quotes.map((q) => (q.ambiguous ? null : q.speakerName))).toEqual(['Nia Okafor', 'Tomasz Brandt', 'Nia Okafor', 'Tomasz Brandt']);
  });
});

describe('round 55: a transcript\'s turns labelled by initials the story never gave ("TA:", "KM:")', () => {
  it('are the two people named before whose initials they are', () => {
    const res = analyzeParagraphs([
      'Beekeeper Katarzyna Mroz-Delaney keeps forty hives on hospital roofs. She spoke to our environment reporter, Tunde Adebayo, between inspections.',
      'TA: “Do the bees mind the helicopters?”',
      'KM: “Not at all. They mind the rain.”',
    ]);
    expect(res.quotes.map((q) => q.speakerName)).toEqual(['Tunde Adebayo', 'Katarzyna Mroz-Delaney']);
  });
});

describe('round 55: "He spoke to Radio Kestrel\'s Tom Vail by satellite phone on Monday." then Q and A', () => {
  it('the broadcaster\'s journalist asks, past how they spoke', () => {
    const res = analyzeParagraphs([
      'Dr Leyla Osmani-Grant runs the last clinic open in the valley. She spoke to Radio Kestrel’s Tom Vail by satellite phone on Monday.',
      'Q: “How many patients did you see today?”',
      'A: “Ninety. Most of them children.”',
    ]);
    expect(res.quotes.map((q) => q.speakerName)).toEqual(['Tom Vail', 'Leyla Osmani-Grant']);
  });
});

describe('round 55: "Health Minister Ines Varga-Holm spoke to the Tribune\'s political editor, Sam Achebe, ... The interview has been edited."', () => {
  it('the answers are the minister\'s, past a title word before her name and a sentence after that names no one', () => {
    const res = analyzeParagraphs([
      'Health Minister Ines Varga-Holm spoke to The Harbour Tribune’s political editor, Sam Achebe, on Friday. The interview has been edited for length.',
      'Q: “Will waiting lists fall this year?”',
      'A: “They will fall, but not as fast as I would like.”',
    ]);
    expect(res.quotes.map((q) => (q.ambiguous ? null : q.speakerName))).toEqual(['Sam Achebe', 'Ines Varga-Holm']);
  });
});

describe('round 55: "We asked her four questions." then questions in the paper\'s words and quoted answers', () => {
  it('the answers are hers, the one the sentence before named', () => {
    const res = analyzeParagraphs([
      'Baker Ottilie Fairbrass-Nkemelu opens her shop at four every morning. We asked her three questions before the first loaves came out.',
      'Why so early?',
      '“Because bread does not wait for anyone.”',
      'What sells best?',
      '“Rye. Nobody believes me, but rye.”',
    ]);
    expect(res.quotes.map((q) => (q.ambiguous ? null : q.speakerName))).toEqual(['Ottilie Fairbrass-Nkemelu', 'Ottilie Fairbrass-Nkemelu']);
  });
});

describe('round 55: "a reporter asked whether she had ..." ends a paragraph, "“Of course,” she said." opens the next', () => {
  it('is the one asked, named before, not the reporter', () => {
    const res = analyzeParagraphs([
      'Director Mina Okonjo-Hale took the jury prize on Saturday. “I want to thank the village,” Okonjo-Hale said.',
      'At the press conference afterward, a reporter asked whether she had been pressed to cast a star.',
      '“Of course,” she said. “Every investor asked.”',
    ]);
    expect(res.quotes[1]!.speakerName).toBe('Mina Okonjo-Hale');
  });

  it('but not "Asked whether she would stand again, Ms Reid laughed." (the subject is the one asked)', () => {
    const res = analyzeParagraphs(['Councillor Jo Reid lost her seat by four votes. Asked whether she would stand again, she laughed. “Ask me in a year,” she said.']);
    expect(res.quotes[0]!.speakerName).toBe('Jo Reid');
  });
});

describe('round 55, reviewed: initials, the station, the title word, "We asked her", narrowed', () => {
  it('initials name no one when another turn is labelled by a surname, or when no journalist is among those named', () => {
    expect(speakers(['The Prime Minister took questions after the summit. Paul Mercer of the Northern Courier asked about the fishing deal.', 'PM: “We got the best deal we could.”', 'MERCER: “Was it good enough?”'])[0]).not.toBe('Paul Mercer');
    expect(speakers(['Kevin Moran, the club’s former chairman, resigned in 2019. Our interview with his successor, Ruth Oyelaran, follows.', 'KM: “Why did you take the job?”', 'RO: “Somebody had to.”'])[0]).not.toBe('Kevin Moran');
  });

  it('"spoke to Radio X\'s Y by phone" does not make Y the asker when a later sentence sets up another interview', () => {
    expect(speakers(['Tariq Osei runs a ferry company on the lake. He spoke to Radio Meridian’s Anouk Bergström by phone on Wednesday. We interviewed him the next day.', 'Q: “What happened to the boat?”', 'A: “The engine failed.”'])[0]).not.toBe('Anouk Bergström');
  });

  it('"Both Tom Reid and Ann Lee spoke to our reporter, ..." leaves the answers to no one sure', () => {
    expect(speakers(['Both Tom Reid and Ann Lee spoke to our reporter, Amy Colbert, after the verdict.', 'Q: “Were you surprised?”', 'A: “Not at all.”'])[1]).toBeNull();
  });

  it('"We asked her" only of the one person named just before, with a number of questions right after', () => {
    expect(speakers(['Councillor Ngozi Ade appointed Shirin Haddad as the city’s night-time economy adviser in May. We asked her four questions.', 'What comes first?', '“Listening to bar owners, mostly.”'])[0]).not.toBe('Ngozi Ade');
    expect(speakers(['Anna Ruiz was 14 when she fled Caracas. We asked her mother, Carmen, four questions.', 'What was the journey like?', '“Long. We walked for days.”'])[0]).not.toBe('Anna Ruiz');
  });
});

describe('round 55: unnamed sources described by their tenure, their street, a vague group and an appositive', () => {
  it('"A driver with six years at the firm said" is the driver, not the firm', () => {
    expect(speakers(['Staff at the depot have raised concerns about rotas. A driver with six years at the firm said the hours had become “impossible” since spring.'])[0]).toBe('driver (unnamed)');
    expect(speakers(['The bakery has grown fast. A baker with more than 20 years in the trade, speaking on condition of anonymity, said the pace was “not sustainable.”'])[0]).toMatch(/^baker\b.*\(unnamed\)$/);
  });

  it('"A tenant in a block on rue Oberkampf, who declined to give her name, said" is the tenant; the street is no one', () => {
    expect(speakers(['The lifts in the 11th arrondissement keep failing. A tenant in a block on rue Oberkampf, who declined to give her name, said she had climbed six floors daily and was “exhausted by it.”'])[0]).toMatch(/^tenant\b.*\(unnamed\)$/);
    expect(speakers(['The café sits on calle Serrano. “We open at seven,” said Lucía Ferrer, its owner.'])[0]).toBe('Lucía Ferrer');
    // ("in place" and "via" are English too: "kept in place Morgan, the head of the agency, who said")
    expect(speakers(['The minister kept in place Morgan, the head of the agency, who said the review was “long overdue.”'])[0]).toBe('Morgan');
  });

  it('"said one of the people, a senior diplomat who asked not to be named" is a diplomat', () => {
    expect(speakers(['Negotiators are close to a deal, according to two people briefed on the talks. “We expect a text by Friday,” said one of the people, a senior diplomat who asked not to be named.'])[0]).toBe('senior diplomat (unnamed)');
    expect(speakers(['Negotiators are close to a deal. “We expect a text by Friday,” said one of the people.'])[0]).toBe('person (unnamed)');
  });
});

describe('round 55: "but said the authority needed “…”", "a result the opposition called “…”", "the utility X ... the company"', () => {
  it('a noun after a coordinated "said" opens the reported clause when a verb in -ed the lexicon calls an adjective follows ("needed")', () => {
    // (but not a participle with its phrase, which describes an inverted speaker)
    expect(speakers(['The ceasefire is holding. And, said a trader based in London, “the pound has further to fall.”'])[0]).toMatch(/^trader\b/);
    expect(speakers(['Council leader Ann Price thanked the outgoing chief for his work but said the authority needed “a fresh start and a new culture”.'])[0]).toBe('Ann Price');
    expect(speakers(['Coach Mo Reyes praised his defence and said the team lacked “a cutting edge” up front.'])[0]).toBe('Mo Reyes');
  });

  it('"..., a result the opposition called “a farce.”" is the opposition\'s, not the sentence subject\'s', () => {
    expect(speakers(['The electoral board declared Mr Sako the winner with 71 percent, a result the main opposition party called “a farce.”'])[0]).toBe('the main opposition party');
    expect(speakers(['The board approved the merger on Monday, a deal that the union described as “a betrayal of every worker.”'])[0]).toBe('the union');
  });

  it('"the utility Calderbrook Water" is a firm, and "the company" paragraphs later is suggested as it, for the desk to confirm', () => {
    const res = analyzeParagraphs([
      'Protesters disrupted the annual meeting of the utility Calderbrook Water yesterday.',
      'The chairman, Ian Rowe, told shareholders: “We must pay what it takes.”',
      'Outside, Mary Dunn, a retired engineer, said: “It is obscene.”',
      'About 38 per cent of votes went against the pay report, a figure the company called “a significant minority”.',
    ]);
    const q = res.quotes[2]!;
    expect(q.ambiguous).toBe(true);
    expect(res.cast.find((c) => c.id === q.suggestedSpeakerId)?.name).toBe('Calderbrook Water');
    // (not "the firm Nowak built": a name the verb after it makes a subject)
    expect(speakers(['Marta Kowal, 61, started the business in a garage. The firm Kowal built from nothing was sold last week.', '“We wish her well,” the company said.'])[0]).not.toBe('Kowal');
    // (not a word for someone: "the broadcaster Imogen Tullis-Baird" stays a person)
    expect(speakers(['The chair of the session, the broadcaster Noor Haddad-Ellis, invited him up. “Go on, then,” she said.'])[0]).toBe('Noor Haddad-Ellis');
  });
});

describe('round 55: "... and urged people in low-lying areas to move “now, not tomorrow.”"', () => {
  it('the ones urged, past a phrase after them, are not the speaker; the subject is', () => {
    expect(speakers(['The agency’s director, Celia Moura, said the figure was “not enough” and urged people in low-lying areas to move “now, not tomorrow.”'])[1]).toBe('Celia Moura');
    expect(speakers(['Police Chief Dana Kerr said the roads were “treacherous” and warned drivers on the coast road to stay at home “until the wind drops.”'])[1]).toBe('Dana Kerr');
    // (not "to fans", a noun: "warned the club captain in a message to fans “…”" is the captain)
    expect(speakers(['The coach was sacked on Monday, and then, warned the club captain in a message to fans “the worst is yet to come.”'])[0]).toMatch(/captain/);
  });
});

describe('round 55: "Visitors come, she says, and take photographs. “They are kind people.”"', () => {
  it('the quote after a sentence a set-off "she says" reports is hers, not the sentence subject\'s', () => {
    expect(speakers(['Every morning, Rana Haddad counts the tents in Block C of the camp.', 'Haddad has heard the promises before. Visitors come, she says, and take photographs. “They are kind people. They listen. Then the plane leaves.”'])[0]).toBe('Rana Haddad');
  });

  it('but not when the pronoun could be either of two women', () => {
    expect(speakers(['Rana Haddad and her sister Lina Haddad-Aziz run the clinic.', 'Patients come, she says, and wait all day. “Nobody leaves without being seen.”'])[0]).toBeNull();
  });
});

describe('round 55: a quote-only paragraph that speaks of the last speaker by given name, as someone else', () => {
  const all = (paras: string[]) => analyzeParagraphs(paras).quotes.map((q) => (q.ambiguous ? `? ${q.speakerName}` : q.speakerName));

  it('"Her sister rolls her eyes. “Lotte has said that since ...”" after Lotte spoke is not surely Lotte', () => {
    expect(all(['The sisters Anna Berglund and Lotte Achterberg have run the village choir for twenty years.', '“She thinks the altos carry it. She is wrong,” says Achterberg.', 'Her sister rolls her eyes. “Lotte has said that since the first rehearsal. The altos do carry it.”'])[1]).not.toBe('Lotte Achterberg');
    expect(all(['Anna Berglund and Lotte Achterberg have run the village choir for twenty years.', '“She thinks the altos carry it. She is wrong,” says Achterberg.', '“Lotte has said that since the first rehearsal. The altos do carry it.”'])[1]).not.toBe('Lotte Achterberg');
  });

  it('but a continuation naming someone else by given name goes on', () => {
    const res = all(['Tomas Lindqvist runs the bakery on Mill Street with his cousin, Erik Bauer.', '“The bread comes first, always,” says Lindqvist.', '“Erik does the coffee. I would burn it.”']);
    expect(res[1]).toBe('Tomas Lindqvist');
  });
});

describe('round 55: words no one the story names — graffiti, advice someone is given, what someone wrote after a clause', () => {
  it('"Graffiti on the wall of the clinic, sprayed overnight, read: “…”" is no one\'s', () => {
    expect(speakers(['Graffiti on the wall of the old clinic, sprayed in red overnight, read simply: “We remember.”'])[0]).toBeNull();
  });

  it('"Tenants who complain are usually given the same answer: “…”" is not the tenants\'', () => {
    expect(speakers(['Tenants who complain are usually given the same answer: “The boiler is on order.” Mr Osei says it has been on order since March.'])[0]).toBeNull();
  });

  it('"This year, after the club posted a thank-you, someone painted a reply on the fence: “…”" is no one\'s, not the club\'s', () => {
    expect(speakers(['The donations arrive every spring. This year, after the club posted a thank-you online, someone painted a reply on the fence: “Thank you back. Keep playing.”'])[0]).toBeNull();
    // (but a named subject after the clause is theirs)
    expect(speakers(['This year, after the club posted a thank-you online, coach Ada Moss wrote a reply on the noticeboard: “Thank you back. Keep playing.”'])[0]).toBe('Ada Moss');
  });
});

describe('round 55: "The Harbour Trust said in a statement that ... “…”" — the words after a body\'s statement are the body\'s', () => {
  it('not the one quoted in the paragraph before', () => {
    const res = speakers([
      'Mairead Quinlan, who kept the lighthouse for thirty years, has died at 91.',
      'In a 2001 interview, Quinlan described the job as “nights of weather and days of paint.”',
      'The Inishmore Harbour Trust said in a statement that it would name its new visitor centre after her. “Mairead kept every one of us safe. She never missed a night.”',
    ]);
    expect(res[1]).toBe('Inishmore Harbour Trust');
  });

  it('but a person named in that sentence after the body keeps it open', () => {
    expect(speakers(['The Inishmore Harbour Trust said on Monday that its chairman, Declan Roe, would step down after ten years. “It is time for new blood.”'])[0]).not.toBe('Inishmore Harbour Trust');
  });
});

describe('round 55: "volunteer" is a word for a person, though the lexicon knows it only as a verb; "Rue Sainte-Anne" is a street', () => {
  it('"the 58-year-old volunteer said" is the one the story named; "a volunteer said" is an unnamed volunteer', () => {
    expect(speakers(['For twenty years, Marguerite Lalonde has run the food bank in the old church hall.', '“You never get used to the queue,” the 64-year-old volunteer said.'])[0]).toBe('Marguerite Lalonde');
    // (and a street in capitals, "on Rue Sainte-Anne", is no one who might be meant)
    expect(speakers(['For twenty years, Marguerite Lalonde has run the food bank on Rue Sainte-Anne.', '“You never get used to the queue,” the 64-year-old volunteer said.'])[0]).toBe('Marguerite Lalonde');
    expect(speakers(['The food bank ran out of milk on Friday. A volunteer who asked not to be named said the shelves were “empty by ten.”'])[0]).toMatch(/^volunteer\b.*\(unnamed\)$/);
  });
});

describe('round 55: "One father, waiting at the gate, was convinced it was ... “…,” he said."', () => {
  it('is the one described, whose mind the sentence gave, not the man named before', () => {
    expect(speakers(['Head teacher Owain Rees said the gifts had cleared every debt. “It changed things,” he said.', 'Parents have their theories. One father, waiting at the gate on Monday, was convinced it was a retired caretaker. “It will be someone who saw the kids go hungry,” he said.'])[1]).toBe('father (unnamed)');
  });
});

describe('round 55, reviewed again: the aside, the given name, the colon\'s no one, the body\'s statement, the street, narrowed', () => {
  it('an aside in a sentence whose subject is someone leaves the quote after to them, not the one the pronoun means', () => {
    expect(speakers(['Priya Nair complained to head office in May.', 'Her line manager, Derek Stone, she said, replied in front of the whole team. “Stop making trouble or find another job.”'])[0]).not.toBe('Priya Nair');
    expect(speakers(['Ben Okafor was 19 when he was stopped.', 'One officer, he said, pushed him against the van. “Welcome to the real world, son.”'])[0]).not.toBe('Ben Okafor');
  });

  it('a given name in a place, after "my son", or in words of the speaker\'s own leaves the speaker going on', () => {
    expect(speakers(['Florence Dubois moved to Italy in 1998.', '“I fell in love with the light,” Dubois said.', '“Florence became home without my noticing.”'])[1]).toBe('Florence Dubois');
    expect(speakers(['Pat Gilroy has trained greyhounds for forty years.', '“They all have their moods,” Gilroy said.', '“My son Pat is the best of them, but I’m biased.”'])[1]).toBe('Pat Gilroy');
  });

  it('a colon after someone named or a pronoun keeps its speaker', () => {
    expect(speakers(['Minutes later, somebody handed Mark Dale a radio and he told control: “We need an ambulance now.”'])[0]).toBe('Mark Dale');
    expect(speakers(['Messages of support poured in overnight and Mayor Grace Lin said: “We are overwhelmed by the kindness.”'])[0]).toBe('Grace Lin');
    expect(speakers(['Andrew Card briefed the press at noon. Card said: “The president is at war.”'])[0]).toBe('Andrew Card');
  });

  it('a body\'s statement leaves words in the first person, or of the one it reports, to no one sure', () => {
    expect(speakers(['Northfield Rovers said on Monday that the striker had signed a three-year deal. “It is a dream come true for me and my family.”'])[0]).not.toBe('Northfield Rovers');
    expect(speakers(['Reuters said it had obtained a copy of the letter. “We will not pay a single penny.”'])[0]).not.toBe('Reuters');
  });

  it('"Rue" opening a name with an age or a verb is a given name; "Quai d\'Orsay said" is a body', () => {
    expect(speakers(['Rue Barton, 54, opened the bar last year. “It has been hard,” she said.'])[0]).toBe('Rue Barton');
    expect(speakers(['Quai d’Orsay said on Monday that the ambassador would be recalled. “This is a grave matter,” it said.'])[0]).not.toBeNull();
  });
});

describe('round 56: "Qureshi’s Confectionery supplies 600 shops" is a business, not someone "the 54-year-old" may be', () => {
  it('a trade\'s word after an owner\'s name is the owner\'s business', () => {
    expect(speakers([
      'When Farid Malik opened his first shop on Canal Street in 1991, he had £600 and one van.',
      'Thirty years on, Malik’s Joinery supplies 400 builders across the county and employs 90 people.',
      '‘I used to make every door myself,’ said the 61-year-old. ‘Now I mostly sign the cheques.’',
    ])[0]).toBe('Farid Malik');
  });
});

describe('round 56: "Penhale says she is not giving up." in a story of a wife and husband of that name', () => {
  const story = ['At the Anchor in Porthleven, landlady Demelza Penhale has cut opening hours. “Monday was dead,” she says.', 'Her husband, Kenver Penhale, runs the kitchen. “We used to do 80 lunches,” he says.'];

  it('the pronoun right after the surname\'s verb of saying says which of them', () => {
    expect(speakers([...story, 'Penhale says she is not giving up. “This pub has been here since 1790. It is not shutting on my watch.”'])[2]).toBe('Demelza Penhale');
    expect(speakers([...story, 'Penhale says he will keep the kitchen open. “I still do a roast for anyone who wants one.”'])[2]).toBe('Kenver Penhale');
    // (not when the quote speaks of her: "Penhale says she was happy at school. “She had lots of friends.”")
    expect(speakers(['Tamsin Penhale, 14, was last seen on Friday. Her father, Kenver Penhale, has appealed for help. “We just want her home,” he said.', 'Penhale says she was happy at school. “She had lots of friends. She loved the choir.”'])[1]).not.toBe('Tamsin Penhale');
  });

  it('but "Penhale said" with no pronoun stays unsure', () => {
    expect(speakers([...story, '“This pub has been here since 1790,” Penhale said.'])[2]).toBeNull();
  });
});

describe('round 56: "A spokeswoman for the city council’s trading standards service said:" is the spokeswoman', () => {
  it('past an owner of the body, lower-case or named, the unnamed one speaks, not the body', () => {
    expect(speakers(['A spokeswoman for the county council’s highways department said: “We are aware of the complaints and are inspecting the road.”'])[0]).toBe('spokeswoman (unnamed)');
    expect(speakers(['An official with Rosario’s bid committee, speaking on condition of anonymity, said: “Of course we are pleased.”'])[0]).toBe('official (unnamed)');
    expect(speakers(['A doctor at Al-Noor’s main hospital said: “We have no anaesthetic left.”'])[0]).toBe('doctor (unnamed)');
  });

  it('but the body\'s own statement stays the body\'s', () => {
    expect(speakers(['The city council’s trading standards service said: “We are aware of a number of complaints.”'])[0]).toMatch(/trading standards service/);
  });
});

describe('round 56: "Shoppers arrived to find the doors locked and a handwritten note taped to the glass: “…”"', () => {
  it('writing someone comes upon is no one\'s, not the one who found it', () => {
    expect(speakers(['Shoppers at the Mill Lane branch of Pargeter’s arrived on Monday to find the doors locked and a handwritten note taped to the glass: “Closed for good. Thank you.”'])[0]).toBeNull();
  });

  it('but a note someone leaves is theirs', () => {
    expect(speakers(['Before leaving, head teacher Amal Reyes pinned a note to the staffroom door: “Thank you for everything.”'])[0]).toBe('Amal Reyes');
  });
});

describe('round 56: "At every meeting the question has been the same: “…”" is no one\'s', () => {
  it('a question or a grumble that comes back, after someone quoted before, is no one\'s', () => {
    expect(speakers(['“We are devastated,” said the headteacher, Ruth Ames.', 'Residents have asked for a crossing for a decade. At every meeting the question has been the same: “How many children have to get hurt?”'])[1]).toBeNull();
    expect(speakers(['“Nobody told us,” said Dawn Pike, a parent.', 'By nine a crowd had gathered, and the old grumble could be heard once more: “This would never happen at a private school.”'])[1]).toBeNull();
  });

  it('but one\'s own refrain stays theirs', () => {
    expect(speakers(['Mayor Lena Hart spoke for twenty minutes. The mayor’s refrain was familiar: “We will build the homes.”'])[0]).not.toBeNull();
  });
});

describe('round 56, reviewed: found writing and a recurring question, narrowed', () => {
  it('writing found keeps a speaker who does something after it, or whom the sentence names writing it', () => {
    expect(speakers(['Marco Ruiz saw a message from his landlord and replied: “I will pay on Friday.”'])[0]).toBe('Marco Ruiz');
    expect(speakers(['Inspector Kay Dunn discovered the error and issued a notice: “All flights are cancelled.”'])[0]).toBe('Kay Dunn');
  });

  it('a question someone asks, or one the phrase says whose, keeps its speaker', () => {
    expect(speakers(['Then Mayor Jon Pike asked the question that had been on everyone’s mind: “Who pays?”'])[0]).toBe('Jon Pike');
    expect(speakers(['Senator Amy Holt chaired the hearing. The question asked by the senator was simple: “Did you know?”'])[0]).toBe('Amy Holt');
  });
});

describe('round 56: members of a parliament by their letters, and someone new who stands up', () => {
  it('"Member of Parliament Ama Rowe" is Ama Rowe, and "the MP" after is her', () => {
    expect(speakers(['Member of Parliament Ama Rowe-Danquah spends Saturdays at the market hall. “Nobody writes to me about Brexit,” she says.'])[0]).toBe('Ama Rowe-Danquah');
    expect(speakers(['Member of the Legislative Assembly Piet Okonkwo-Daly said he would oppose the levy. “It punishes farmers,” he said.'])[0]).toBe('Piet Okonkwo-Daly');
    expect(speakers(['Member of Parliament Ama Rowe-Danquah took questions for an hour. “Nobody writes to me about Brexit,” she says.', 'A pensioner sitting by the window stood up. “You said the bus would come back,” she said.', 'The MP sighed. “I did, and it will.”'])[2]).toBe('Ama Rowe-Danquah');
  });

  it('"the MP said" after an unnamed MP is that MP, not a named one before', () => {
    const s = speakers(['The amendment was tabled by Gordon Fairlie-Ncube, the MP for Harrowfield.', 'Fairlie-Ncube said he was “not for turning”.', 'Another rebel MP, who asked not to be named, said the meeting had been “tense”.', '“It was a bear pit in there,” the MP said.']);
    expect(s).toEqual(['Gordon Fairlie-Ncube', 'rebel MP (unnamed)', 'rebel MP (unnamed)']);
    expect(speakers(['Rhona Tait-Bello leads the council group.', 'One veteran MLA, who asked not to be named, was blunt. “They never answer our letters,” the MLA says.'])[0]).toBe('veteran MLA (unnamed)');
    expect(speakers(['Priti Olawale-Marsh is the chief whip.', 'One senior backbencher said the mood was sour. “The phones are ringing off the hook,” the MP said.'])[0]).toBe('senior backbencher (unnamed)');
  });

  it('someone new who stands up, past a phrase of who they are, is who "she says" is', () => {
    expect(speakers(['Councillor Beth Amadi opened the meeting. “Welcome, all,” she said.', 'A woman in the third row stood up. “Where is the money?” she said.'])[1]).toMatch(/^woman .*\(unnamed\)$/);
    expect(speakers(['Councillor Beth Amadi opened the meeting. “Welcome, all,” she said.', 'Back in the hall, a woman in a green raincoat stands up. “Where is the money?” she says.'])[1]).toMatch(/^woman .*\(unnamed\)$/);
  });

  it('a lead\'s words from an unnamed member are the named member\'s who says them in full later', () => {
    const s = speakers(['The bill passed its second reading after one opposition MP warned it would be “a gift to fraudsters everywhere”.', 'Nadia Okafor-Quinn, the opposition’s justice spokeswoman, said the party would amend it.', '“As written, this bill is a gift to fraudsters everywhere,” she said.']);
    expect(s[0]).toBe('Nadia Okafor-Quinn');
  });
});

describe('round 56: what a court heard someone shout, and a speaker past the club they work for', () => {
  it('"The court heard he demanded cash, shouting: ‘…’" is his, not the court\'s', () => {
    expect(speakers(['Darren Ketley, 34, admitted robbery at Perth Sheriff Court.', 'The court heard he demanded cash from the cashier, shouting: ‘Open the till or else.’'])[0]).toBe('Darren Ketley');
    expect(speakers(['Darren Ketley, 34, admitted robbery at Perth Sheriff Court.', 'Jurors heard that Ketley threatened the cashier, saying ‘Open the till or else.’'])[0]).toBe('Darren Ketley');
  });

  it('but the court itself, told nothing of anyone, keeps the words of whoever said them', () => {
    expect(speakers(['Sheriff Ann Goudie heard the case at Perth Sheriff Court, saying: ‘This was a cowardly attack.’'])[0]).toBe('Ann Goudie');
  });

  it('"X, commercial director of Dutch second-tier club FC Y, which ..., said" is X, not the club', () => {
    expect(speakers(['Obiora Ekwueme-Stott, commercial director of Belgian top-flight club FC Marrebeek Oever, which renamed its stadium last year, said the response had been “lukewarm at best”.'])[0]).toBe('Obiora Ekwueme-Stott');
    expect(speakers(['Obiora Ekwueme-Stott, commercial director of Belgian club FC Marrebeek Oever, said the response had been “lukewarm at best”.'])[0]).toBe('Obiora Ekwueme-Stott');
  });
});

describe('round 56, reviewed: the members\' letters and the newcomer who stands up, narrowed', () => {
  it('"X, a Labour MP, said ... / “…,” the MP said" is X, not an unnamed MP beside them', () => {
    expect(speakers(['Gwen Otieno-Marsh, a Labour MP, said she would not be silenced.', '“I have sat here for twenty years,” the MP said.'])[0]).toBe('Gwen Otieno-Marsh');
    expect(speakers(['Gwen Otieno-Marsh, a Labour backbencher, criticised the decision.', '“I have sat here for twenty years,” the MP said.'])[0]).toBe('Gwen Otieno-Marsh');
    expect(speakers(['Ruairí Dunphy-Bell, a Dublin TD, was asked about the leadership.', 'The TD laughed. “I’m happy where I am.”'])[0]).toBe('Ruairí Dunphy-Bell');
  });

  it('the newcomer who stood up is no one a role cue names, and one who leaves says nothing', () => {
    expect(speakers(['Councillor Maeve Dunleavy outlined the plans.', 'A woman in the front row stood up. “Sit down,” the chairman said.'])[0] ?? '').not.toMatch(/woman/);
    expect(speakers(['The inquest was held in Tralee.', 'A man in the public gallery stood up. “Please be seated,” the coroner said.'])[0] ?? '').not.toMatch(/man/);
    expect(analyzeParagraphs(['Councillor Maeve Dunleavy presented the plans.', 'A woman in the front row stood up and walked out. “That is her choice,” she said.']).quotes[0]!.speakerName ?? '').not.toMatch(/woman/);
    expect(speakers(['The union conference was chaired by Ethel Brannigan.', 'A delegate from Sligo rose to oppose the motion. “The motion is carried,” the chairwoman announced.'])[0] ?? '').not.toMatch(/delegate/);
    expect(speakers(['The helpline in Galway is short of volunteers.', 'A man from Oranmore called the helpline at 3am. “We get calls like that every night,” she said.'])[0] ?? '').not.toMatch(/man from/);
  });

  it('an opening\'s words from another titled source stay theirs when a named person agrees later', () => {
    expect(speakers(['A senior minister said the talks were “on a knife edge.”', 'Union leader Fran Osei-Heath agreed. “The talks are on a knife edge,” she said.'])[0]).toBe('senior minister (unnamed)');
  });

  it('"Member of the Legislative Council Regina Ip" is Regina Ip', () => {
    expect(speakers(['Member of the Legislative Council Wendy Lau-Ferreira said the law was necessary.', '“The city needs stability,” Lau-Ferreira said.'])[0]).toBe('Wendy Lau-Ferreira');
  });
});

describe('round 56: a cathedral\'s clergy by their title', () => {
  it('"the Rev Canon Elspeth Marwood" is Elspeth Marwood, and Canon the firm stays a firm', () => {
    const res = analyzeParagraphs(['After 38 years, the Rev Canon Ruth Ellery-Okafor is retiring.', '“When I arrived, women priests were a novelty,” Ellery-Okafor says.']);
    expect(res.quotes[0]!.speakerName).toBe('Ruth Ellery-Okafor');
    expect(analyzeParagraphs(['Canon reported higher profits on Tuesday. “We did well,” Canon said.']).quotes[0]!.speakerName).toBe('Canon');
  });
});

describe('round 57: a live page\'s time stamps, and a document\'s long subject', () => {
  it('"10:05 GMT — the ministry ... accused rebels of “…”" is the ministry\'s, never GMT\'s', () => {
    const s = speakers(['Marrovia crisis live: shelling resumes', '10:05 GMT — Marrovia’s interior ministry has said in a statement that police acted “within the law”, and accused protest leaders of “inciting violence”.', '10:51 GMT — Our correspondent in Pell, Anouk Saarinen, has just sent this: “The square is empty now. Riot police are on every corner.”']);
    expect(s).toEqual(["Marrovia's interior ministry", "Marrovia's interior ministry", 'Anouk Saarinen']);
  });

  it('"New guidance for doctors treating long Covid says “…”" is the guidance\'s', () => {
    expect(speakers(['New guidance for nurses treating chronic fatigue says there is “no reliable evidence” that any one drug helps.'])[0]).toBe('the guidance');
  });

  it('"The report, “Nobody Knocks”, based on interviews with older people, says “…”" is the report\'s', () => {
    expect(speakers(['The report, “Empty Chairs”, based on interviews with 1,900 pensioners, says isolation is “a slow emergency”.'])[0]).toBe('the report');
  });
});

describe('round 57: a live page\'s entries, and what a post or a joint statement says', () => {
  it('"14:02 — The president of X, Name, has opened ... with a warning: “…”" is Name, not a word of the headline', () => {
    expect(speakers(['Ocean summit — live updates', '14:02 — The prime minister of Vanuola, Teuila Fa’asavalu, has opened the session with a blunt warning: “Our atolls are not going to wait.”'])[0]).toBe('Teuila Fa’asavalu');
  });

  it('"A statement has just landed from the organisers, the X of the Y Trust, confirming “…”" is the Trust\'s', () => {
    expect(speakers(['21:30 — A statement has just landed from the organisers, the Friends of the Riverside Trust, confirming the parade is running late “because of the crowds.”'])[0]).toBe('Friends of the Riverside Trust');
  });

  it('"In a post on social media, the committee said ... / “…,” the post said." is the committee\'s', () => {
    expect(speakers(['In a post on social media, the Tallowford Regatta Committee said it was “devastated” to cancel the event.', '“We need 40 marshals and we have 12,” the post said.'])[1]).toBe('Tallowford Regatta Committee');
  });

  it('"In a joint statement, the band said ... / “…,” the statement continued." is the band\'s', () => {
    expect(speakers(['The folk band Cinder Lane have announced they are splitting up.', 'In a joint statement posted on Monday, the band said they were “proud of every song.”', '“Nobody fell out,” the statement continued.'])[1]).toBe('Cinder Lane');
  });
});

describe('round 57: an answer inside a question\'s paragraph, and a passive\'s agent', () => {
  it('\'Q: “…?” A: “…”\' in one paragraph: the answer is the one asked\'s', () => {
    const s = speakers(['Amara Quist-Delacroix was appointed envoy in March. She spoke to Tobias Renn in Accra.', 'Q: “What is your first priority?” A: “The detainees. Everything else can wait.”']);
    expect(s[1]).toBe('Amara Quist-Delacroix');
    expect(s[0]).not.toBe('Amara Quist-Delacroix');
  });

  it('"The result was welcomed by Professor X ..., though she cautioned ... / “…,” she said." is never the scientist named before', () => {
    const s = speakers(['Dr Zanele Mbatha-Korr of the Karoo Observatory, who led the analysis, said the signal was “unmistakable” once the team had combined observations.', '“At first we thought it was noise. Then it showed up again,” she said.', 'The result was welcomed by Professor Rieko Tanabe-Holm of the Tromsø Institute of Space Science, who was not involved in the work, though she cautioned that water alone did not make the planet habitable.', '“This is a hot, steamy world, most likely,” she said.']);
    expect(s[2]).not.toBe('Zanele Mbatha-Korr');
  });
});

describe('round 57: whom a Q and A is with, and a wife set off with her trade', () => {
  it('"The novelist X talks to our literary editor, Y, about ..." opens X\'s interview, not Y\'s', () => {
    const s = speakers(['The poet Obiageli Nwankwo-Frost talks to our books editor, Rupert Haldane, about her fourth collection and why she writes at dawn.', 'Q: “You wrote it in a month. Is that true?”', 'A: “Five weeks. I was afraid that if I stopped I would never start again.”']);
    expect(s).toEqual(['Rupert Haldane', 'Obiageli Nwankwo-Frost']);
  });

  it('"Ahead of the season she spoke to Freight Ledger’s Y" after one person named: her answers', () => {
    const s = speakers(['Marisol Achterberg-Nkemelu has run the container terminal at Koper for six years. Ahead of the peak season she spoke to Cargo Weekly’s Tomasz Brandt about automation and night shifts.', 'Q: “Is speed overrated?”', 'A: “More than ever. A crane driver who makes a mistake in his eleventh hour costs a life.”']);
    expect(s[1]).toBe('Marisol Achterberg-Nkemelu');
  });

  it('"His wife, the architect Lieke van Dam, ..." is a woman: "he says" after is not her', () => {
    const s = speakers(['Obiora Veldhuis-Nnaji works in a converted barn outside Zwolle.', 'He came to sculpture late. His wife, the architect Wietske van Loon, persuaded him to take an evening class.', '“She said I was unbearable on holidays,” he says.']);
    expect(s[0]).not.toBe('Wietske van Loon');
  });
});

describe('round 57, reviewed: time zones, posts, statements and passives, narrowed', () => {
  it('letters that are a time zone after a time are a body\'s name elsewhere ("the CAT said", "HKT said")', () => {
    expect(speakers(['The Competition Appeal Tribunal (CAT) has ruled against the bus operator.', 'The CAT said in its judgment: “The claimants have established a clear case.”'])[0]).not.toBeNull();
    expect(speakers(['HKT, the telecoms operator, said it would raise prices from April.', '“Rising costs have left us with no alternative,” HKT said in a filing.'])[0]).toBe('HKT');
  });

  it('"the post said" after someone quoted speaking of a post that is not theirs is not theirs', () => {
    expect(speakers(['Councillor Dan Reeves said he had reported a post about the mayor to the police. “It crossed a line,” he said.', '“We know where you live,” the post said.'])[1]).not.toBe('Dan Reeves');
    expect(speakers(['The minister said she had not yet seen a written statement from the union. “I will read it carefully,” she said.', '“Strike action is now inevitable,” the statement said.'])[1]).not.toMatch(/minister/);
  });

  it('"A statement from Jane Smith of the Law Society" is Jane Smith\'s, a person, not a body', () => {
    const res = analyzeParagraphs(['A statement has just landed from Jane Okafor-Lund of the Law Society, describing the reforms as “an attack on access to justice”.']);
    expect(res.quotes[0]!.speakerName ?? nameOf(res, res.quotes[0]!.suggestedSpeakerId)).not.toMatch(/Law Society/);
  });

  it('a passive\'s agent takes no pronoun from a person its subject describes, nor from a body', () => {
    expect(speakers(['Amira Saidu won gold in the 400m on Saturday. The 19-year-old was coached by Joanna Baptiste-Reid, who spotted her at a school meet. “I just ran as hard as I could,” she said.'])[0]).not.toBe('Joanna Baptiste-Reid');
    expect(speakers(['The move was condemned by Amnesty International and by the Labour MP Zarah Sultana-Reid. “This is a shameful day,” she said.'])[0]).not.toBe('Amnesty International');
  });

  it('"New post from Jess Phillips on X says" stays the writer\'s, never "the post"', () => {
    expect(speakers(['New post from Jess Okonjo-Phillips on X says she “will not be intimidated”.'])[0]).not.toBe('the post');
  });
});

describe('round 57: a phone-in caller by given name and town, and a band by how many play in it', () => {
  it('"CALLER (JEAN, GATESHEAD): “…”" is Jean', () => {
    expect(speakers(['The presenter is Femi Adeyemo-Clarke.', 'CALLER (JEAN, BLAYDON): “Hiya, Femi. My first job was plucking turkeys.”'])[0]).toBe('Jean');
  });

  it('"the four-piece said" is the band the story named', () => {
    const s = speakers(['The indie band Gull Harbour have announced they are splitting up after 14 years.', 'In a joint statement posted on Instagram, the four-piece said they were “proud of everything we made.”', '“There’s no drama,” the statement continued.']);
    expect(s).toEqual(['Gull Harbour', 'Gull Harbour']);
  });
});

describe('round 57, reviewed again: callers, bands, firms and people who', () => {
  it('a caller\'s label names a caller only by a given name, not by a word about them', () => {
    for (const label of ['ANON, LEEDS', 'EMAIL, BRISTOL', 'IRATE, LEEDS', 'LOCAL, WHITBY', 'SELF-EMPLOYED, HULL', 'HULL, EAST YORKSHIRE', 'HOSPITAL, LEEDS', 'LABOUR, LEEDS']) {
      expect(speakers([`CALLER (${label}): “I have been waiting since nine.”`])[0] ?? '', label).not.toMatch(/^(?:Anon|Email|Irate|Local|Self-Employed|Hull|Hospital|Labour)$/);
    }
    expect(speakers(['CALLER (ROSE, LEEDS): “I’m 90 next week.”'])[0]).toBe('Rose');
  });

  it('"the quartet" may be any four people, never the band named before', () => {
    expect(speakers(['The rock band Iron Coast headlined the festival on Saturday. Four men were arrested after a fight near the stage.', '“We were defending ourselves,” the quartet said in a statement.'])[0]).not.toBe('Iron Coast');
  });

  it('people who ... stay out of a body\'s own words set off after them', () => {
    expect(speakers(['Parents who complained were told by Greystone Primary, which said “the matter is closed”.'])[0]).not.toBe('Parents');
    expect(speakers(['Drivers who refuse the new contracts will be dismissed, Fenwick Haulage said in a statement: “There is no alternative.”'])[0]).not.toBe('Drivers');
  });

  it('"Eastern Airways has cancelled its route. “…,” the airline said." is never "Airways"', () => {
    const res = analyzeParagraphs(['Eastern Airways has cancelled its Aberdeen route. “The route is no longer viable,” the airline said.']);
    expect(res.quotes[0]!.speakerName ?? nameOf(res, res.quotes[0]!.suggestedSpeakerId)).not.toBe('Airways');
  });
});

describe('round 57: "One mother, whose son attends Greystone Primary, said ... ‘…,’ she said."', () => {
  it('someone new kept unnamed past a "whose" clause is who "she said" is, not the school in it', () => {
    const s = speakers(['‘Measles is not a mild illness,’ said Dr Helen Ashdown-Reyes, the borough’s director of public health.', 'One father, whose daughter attends Ferncliffe Primary, said he had not realised she had missed a dose. ‘I honestly thought she’d had everything,’ he said.']);
    expect(s[1]).toBe('father (unnamed)');
  });

  it('"Inspectors who visited X Primary said" are the inspectors, not the school', () => {
    expect(speakers(["Inspectors who visited Oakhanger Lane Primary in March said pupils were now 'happy, safe and keen to learn'."])[0]).toBe('Inspectors');
  });
});

describe('round 57: of two holders of a role, the one replying is the other', () => {
  it('"“…,” Greaves shouted back. / “…,” the leader replied." is the other leader', () => {
    const res = analyzeParagraphs(['Opposition leader Councillor Anthony Graves-Otieno accused the administration of waste.', 'Council leader Councillor Kieran Shaw-Adebayo rose to reply. “The councillor knows the roof is funded from capital,” he said.', '“I voted for a roof repair,” Graves-Otieno shouted back. “Not a marble lobby.”', '“There is no marble lobby,” the leader replied.']);
    expect(speakerOf(res, 'There is no marble lobby')).toBe('Kieran Shaw-Adebayo');
    expect(sure(res, 'There is no marble lobby')).toBe('Kieran Shaw-Adebayo');
  });
});

describe('round 57: a neighbour or a friend is no other role', () => {
  it('"His neighbour, X, has refused to sign. “…,” the farmer said." is X', () => {
    const res = analyzeParagraphs(['“For my father’s generation, the land was everything,” said Anselmo Ruiz-Castaño, 58, who has agreed to lease 40 hectares.', 'His neighbour, Federico Morales-Vidal, has refused to sign. “Once the panels go in, this is an industrial estate,” the farmer said.']);
    expect(sure(res, 'Once the panels go in')).toBe('Federico Morales-Vidal');
  });

  it('but a son is no father: "His son, Tobi, ... “…,” says the father." stays unsure of the son', () => {
    const res = analyzeParagraphs(['Seun Adebayo-Cole has played tenor saxophone in the club since 1986. His son, Tobi Adebayo-Cole, has played drums beside him since 2011.', '“His idea,” says the father.']);
    expect(sure(res, 'His idea')).not.toBe('Tobi Adebayo-Cole');
  });
});

describe('round 57: a title opening the sentence as its subject', () => {
  it('"“The Last Lighthouse” held on to the top spot ..., according to figures from Marquee Data" is no quote', () => {
    const res = analyzeParagraphs(['“The Night Ferry” held on to the top spot at the UK box office for a third weekend, according to figures from the analytics firm Reelcount.']);
    expect(res.quotes.filter((q) => q.text.includes('Night Ferry'))).toEqual([]);
  });

  it('but words someone says at a sentence\'s start stay speech', () => {
    const res = analyzeParagraphs(['“We Will Not Be Moved,” chanted the crowd outside the town hall.']);
    expect(res.quotes.length).toBe(1);
  });
});

describe('round 57: a transcript that quotes its turns in quotation marks', () => {
  it('a turn left out of the marks is the transcript\'s own, no quote ("HOST: We will take a break there.")', () => {
    const res = analyzeParagraphs([
      'What follows is an edited record of Tuesday’s council phone-in on Harbour FM, presented by Moira Kettleby-Shaw.',
      'KETTLEBY-SHAW: “Our first caller is Desmond from Eastquay. Desmond, go ahead.”',
      'DESMOND: “The bins have not been emptied on my street for three weeks.”',
      'KETTLEBY-SHAW: We will take a short break there and come back to the bins.',
      'DESMOND: “I will hold.”',
    ]);
    expect(res.quotes.map((q) => q.text)).toEqual(['Our first caller is Desmond from Eastquay. Desmond, go ahead.', 'The bins have not been emptied on my street for three weeks.', 'I will hold.']);
    expect(speakerOf(res, 'The bins')).toBe('Desmond');
  });

  it('a transcript with no turn in quotation marks still quotes every turn', () => {
    const res = analyzeParagraphs(['Councillor Nerys Abernethy-Oduya took questions from residents.', 'ABERNETHY-ODUYA: The bins will be emptied on Friday.', 'Q: Every week?', 'A: Every fortnight.']);
    expect(res.quotes.map((q) => q.text)).toEqual(['The bins will be emptied on Friday.', 'Every week?', 'Every fortnight.']);
  });
});

describe('round 57: a word for a body and what it did, then its name set off', () => {
  it('"The rebel group that seized the depot, the Eastern Ridge Defence Force, said ... and warned ... “…”" is the force, for both verbs', () => {
    const res = analyzeParagraphs(['The rebel group that seized the depot, the Eastern Ridge Defence Force, said in a statement that the fuel was “held in trust for the people”, and warned the army to stay away “or pay the price”.']);
    expect(sure(res, 'held in trust')).toBe('Eastern Ridge Defence Force');
    expect(sure(res, 'or pay the price')).toBe('Eastern Ridge Defence Force');
  });

  it('but the one who speaks for a body is no body: "The spokesman who answered for the group, Tomasz Wilk-Adeyemi, said"', () => {
    const res = analyzeParagraphs(['The spokesman who answered for the rebel group, Tomasz Wilk-Adeyemi, said the fuel was “held in trust for the people”.']);
    expect(sure(res, 'held in trust')).toBe('Tomasz Wilk-Adeyemi');
  });
});

describe('round 57: a sentence opening after a dateline', () => {
  it('"BRUSSELS — The report of a parliamentary committee into the collapse of a bridge at Varnsholm in 2019 concludes ... “…”" is the report\'s, as without the dateline', () => {
    const res = analyzeParagraphs(['BRUSSELS — The report of a parliamentary committee into the collapse of a road bridge at Varnsholm in 2019 concludes that the failure was “a matter of when, not if”, and that inspectors were ignored.']);
    expect(sure(res, 'a matter of when')).toBe('the report');
  });
});

describe('round 57: a document whose verb is the quote\'s first word', () => {
  it('"The communiqué also “urges all member states to ...” ..." is the communiqué\'s', () => {
    const res = analyzeParagraphs(['Ministers from the nine coastal states met in Valletta for two days of talks.', 'The communiqué also “urges all member states to share rescue data within the hour” of a sinking.']);
    expect(sure(res, 'urges all member states')).toBe('the communiqué');
  });

  it('but not a person\'s role or a letter, whose writer is unsaid: "The letter “demands an apology”"', () => {
    const res = analyzeParagraphs(['The letter “demands an immediate apology” from the harbourmaster.']);
    expect(sure(res, 'demands an immediate')).toBeNull();
  });
});

describe('round 57: "which it says" after a document opening the sentence', () => {
  it('"The audit proposes a single ticket, which it says “would pay for itself within five years”" is the audit\'s', () => {
    const res = analyzeParagraphs(['The audit proposes a single ticket for all buses and trams, which it says “would pay for itself within five years”.']);
    expect(sure(res, 'would pay for itself')).toBe('the audit');
  });
});

describe('round 57: a place closing the clause of the one a group is of', () => {
  it('"The family of a swimmer who drowned off Penhallow says ... “…”" is the family, not Penhallow', () => {
    const res = analyzeParagraphs(['The family of a swimmer who drowned off Penhallow says he was “let down by a council that ignored every warning”.']);
    expect(sure(res, 'let down by a council')).toMatch(/family/);
  });

  it('past a noun the lexicon also knows as a verb: "The family of a lifeboat volunteer who died off Scarholm have described him as “…”"', () => {
    const res = analyzeParagraphs(['The family of a lifeboat volunteer who died during a night exercise off Scarholm have described him as “the first through the door every single time”.']);
    expect(sure(res, 'the first through the door')).toBe('family of a lifeboat volunteer');
  });

  it('but one person so described stays unsure, as the story may name her later', () => {
    const res = analyzeParagraphs(['The sister of a swimmer who drowned off Penhallow says he was “let down by a council that ignored every warning”.', 'Two swimmers were rescued from the same cove in June.']);
    expect(sure(res, 'let down by a council')).toBeNull();
  });
});

describe('round 57: the government of a country the lexicon does not know', () => {
  it('"The government of Ostravia said it was “…”" is the government of Ostravia, not the country as a person', () => {
    const res = analyzeParagraphs(['The government of Ostravia said it was “doing everything possible to reopen the border”.']);
    expect(sure(res, 'doing everything possible')).toBe('the government of Ostravia');
  });
});

describe('round 57: a building\'s name is no other person in the sentence', () => {
  it('"Across the square at the Royal Oak Hotel, landlord Dev Mistry-Hale says ... / “…”" goes on as Mistry-Hale\'s', () => {
    const res = analyzeParagraphs(['“We close at ten now, because nobody stays later,” says Agnes Tullock, 68, who keeps the post office.', 'Across the square at the Royal Oak Hotel, landlord Dev Mistry-Hale says he has not decided how to vote. He came to the village from Leicester in 2011 and took over the pub in 2015.', '“Half my regulars worked at the quarry. The other half drove the lorries.”']);
    expect(sure(res, 'Half my regulars')).toBe('Dev Mistry-Hale');
  });
});

describe('round 57: a trade\'s word for a woman', () => {
  it('"“…,” said the retired seamstress." has a cue, for review: the one woman named is suggested, not made sure (the word may bring in someone new)', () => {
    const res = analyzeParagraphs(['When the river rose, Tomás Reyes-Abara carried his grandmother to the roof of the house.', '“She complained the whole way up,” said the 31-year-old.', 'His grandmother, Inés Abara, 88, spent a night on the roof with a radio and a flask of coffee.', '“I have seen bigger rivers,” said the retired seamstress.']);
    expect(uncertain(res, 'I have seen bigger rivers')).toBe('Inés Abara');
  });

  it('and stays unsure when the word is someone new: "Edna Marsh, 88, ... / “She always has the same thing,” said the waitress."', () => {
    const res = analyzeParagraphs(['Edna Marsh, 88, has been a regular at the Harbour Café since it opened in 1975.', '“She always has the same thing, tea and a scone,” said the waitress.']);
    expect(sure(res, 'She always has the same')).toBeNull();
  });
});

describe('round 57: a part of a document speaks for it', () => {
  it('"The 90-page audit, released on Monday, is scathing. Its closing section reads: / “…" is the audit\'s', () => {
    const res = analyzeParagraphs(['The 90-page audit, released on Monday, is scathing. Its closing section reads:', '“Not one of the eleven contracts we examined was tendered as the rules require.', '“That is not an oversight. It is a practice.”']);
    expect(sure(res, 'Not one of the eleven')).toBe('the audit');
  });
});

describe('round 57: "one said" after a group doing anything', () => {
  it('"Commuters crowded the platform. “…,” one said." is a commuter, unnamed', () => {
    const res = analyzeParagraphs(['Commuters crowded the platform at Harwick Junction for a second morning.', '“Three trains cancelled and not one announcement,” one said.']);
    expect(sure(res, 'Three trains cancelled')).toBe('commuter (unnamed)');
  });

  it('but "One, signed by a boy named Theo, says:" is one of the cards, and the boy\'s', () => {
    const res = analyzeParagraphs(['Neighbours have left flowers and cards outside the bakery.', 'One, signed by a boy named Theo, says simply: “Thank you for the birthday cake.”']);
    expect(sure(res, 'Thank you for the birthday')).not.toBe('neighbour (unnamed)');
  });
});

describe('round 57 review: the new rules kept to where they hold', () => {
  it('a transcript with one or two turns in marks and others without quotes them all ("DETECTIVE: “Where were you?” / DAWSON: At my mother\'s house.")', () => {
    const res = analyzeParagraphs(['The jury heard a recording of the interview with Ross Dawson-Price.', 'DETECTIVE: “Where were you on the night of the third?”', 'DAWSON-PRICE: At my mother’s house. I was there all night.', 'DETECTIVE: “Can anyone confirm that?”', 'DAWSON-PRICE: My mother can.']);
    expect(res.quotes.map((q) => q.text)).toContain('My mother can.');
  });

  it('"The ruling “sends a chilling message ...,” said Index on Censorship" is Index\'s, not the ruling\'s', () => {
    const res = analyzeParagraphs(['The ruling “sends a chilling message to every reporter in this country,” said the campaign group Free Press Watch.']);
    expect(sure(res, 'sends a chilling message')).not.toBe('the ruling');
  });

  it('"The report was published by the regulator, Ofwat, in a move that it says “…”" is not the report\'s', () => {
    const res = analyzeParagraphs(['The report was published on Tuesday by the regulator, Waterwatch, in a move that it says “will protect customers for decades”.']);
    expect(sure(res, 'will protect customers')).not.toBe('the report');
  });

  it('"The head of the army of Dhambara said" is no army', () => {
    const res = analyzeParagraphs(['The head of the army of Ostravia said troops would “restore order within days”.']);
    expect(sure(res, 'restore order')).not.toBe('the army of Ostravia');
  });

  it('"The firm behind the scheme, Sunrise Capital, said ...; the regulator disagreed, calling it “…”" is not the firm\'s', () => {
    const res = analyzeParagraphs(['The firm behind the scheme, Harlow Ridge Capital, said investors were fully protected; the regulator disagreed, calling it “a house of cards”.']);
    expect(sure(res, 'a house of cards')).not.toBe('Harlow Ridge Capital');
  });

  it('"Daniel Osei praised the team. Chidi Obi, 11, scored the winner. / “…,” said the headmistress." is no one named, for sure', () => {
    const res = analyzeParagraphs(['Daniel Osei-Bamford, the head of PE, praised the team’s spirit. Chidi Obi-Lawson, 11, scored the winner.', '“I am so proud of every one of them,” said the headmistress.']);
    expect(sure(res, 'I am so proud')).toBeNull();
  });
});

describe('round 57: a reader\'s question signed after a spaced hyphen', () => {
  it('"“Do bees sleep?” - Priya, aged 8, Swindon" is Priya\'s question', () => {
    const res = analyzeParagraphs(['This week our readers put their questions to Dr Oskar Lindqvist-Mensah, who keeps forty hives on a London rooftop.', '“Do bees sleep?” - Priya, aged 8, Swindon', '“They do, Priya, in short naps, often inside empty cells.”']);
    expect(sure(res, 'Do bees sleep')).toBe('Priya');
  });
});

describe('round 57 review again: "one said", "its chapter", documents and transcripts kept narrow', () => {
  it('"Protesters carried banners through the square. One read: “…”" is a banner, no protester', () => {
    const res = analyzeParagraphs(['Protesters carried banners through the market square on Saturday. One read: “Hands off our maternity unit, we need it more than ever.”']);
    expect(sure(res, 'Hands off our maternity')).not.toBe('protester (unnamed)');
  });

  it('"Evacuees arrived overnight. Aid workers handed out blankets. “…,” one said." is no evacuee', () => {
    const res = analyzeParagraphs(['Evacuees arrived in the port town overnight. Aid workers handed out blankets and water.', '“Many of them have not eaten in days,” one said.']);
    expect(sure(res, 'Many of them have not eaten')).not.toBe('evacuee (unnamed)');
  });

  it('"The review called the novel a masterpiece. Its final chapter reads: “…”" is not the review\'s', () => {
    const res = analyzeParagraphs(['The review called the novel a masterpiece of the post-war years. Its final chapter reads: “And so the war ended, not with victory but with silence.”']);
    expect(sure(res, 'And so the war ended')).not.toBe('the review');
  });

  it('"The report “ignores everything we told them”." is a person\'s verdict on it, not the report\'s words', () => {
    const res = analyzeParagraphs(['The report “ignores everything we told them over three years”. That is the verdict of the tenants’ association chair, Nkechi Obi-Hartley.']);
    expect(sure(res, 'ignores everything we told')).not.toBe('the report');
  });

  it('a transcript that quotes its turns keeps an unquoted turn that says something ("DEFENDANT: I want to say sorry ...")', () => {
    const res = analyzeParagraphs(['JUDGE: “Do you understand the charge?”', 'DEFENDANT: “I do.”', 'JUDGE: “How do you plead?”', 'DEFENDANT: “Guilty.”', 'JUDGE: “Is there anything you wish to say?”', 'DEFENDANT: I want to say sorry to the family. I think about them every day.']);
    expect(res.quotes.map((q) => q.text)).toContain('I want to say sorry to the family. I think about them every day.');
  });
});

describe('round 58: a Q and A opened "she spoke to the Gazette’s Y before ..."', () => {
  it('the questions are Y\'s and the answers the subject\'s, past when they spoke', () => {
    const res = analyzeParagraphs(['Kenyan striker Wanjiru Achieng-Holm joined Aarhus United this summer after five seasons in Norway. She spoke to the Courier’s Pieter Lindqvist-Obi before her first home game.', 'Q: “Why Aarhus?”', 'A: “Because the coach rang me himself. Nobody else did.”']);
    expect(sure(res, 'Why Aarhus')).toBe('Pieter Lindqvist-Obi');
    expect(sure(res, 'Because the coach rang')).toBe('Wanjiru Achieng-Holm');
  });
});

describe('round 58: "Our correspondent, X, asked the Y, Z, how ..." before a Q and A', () => {
  it('the questions are X\'s and the answers Z\'s', () => {
    const res = analyzeParagraphs(['Our transport correspondent, Ifeoma Brandt-Achebe, asked the port’s new harbourmaster, Tomasz Ekwueme-Lind, how he plans to clear the backlog.', 'Q: “How long will the queues last?”', 'A: “Until the second crane arrives in March.”']);
    expect(sure(res, 'How long will the queues')).toBe('Ifeoma Brandt-Achebe');
    expect(sure(res, 'Until the second crane')).toBe('Tomasz Ekwueme-Lind');
  });
});

describe('round 58: a body after "chief executive of" is no one the Q and A may be with', () => {
  it('"X became chief executive of Harrowgate Mutual ... Interview by Y." gives the answers to X', () => {
    const res = analyzeParagraphs(['Niamh Okonkwo-Barry became chief executive of Harrowgate Mutual in March. Interview by Declan Fitzmaurice.', 'Q: “You have shut nine branches. Was that the plan?”', 'A: “No. I wanted to keep every one of them open.”']);
    expect(sure(res, 'No. I wanted to keep')).toBe('Niamh Okonkwo-Barry');
  });
});

describe('round 58: a phone-in caller the presenter has "on the line"', () => {
  it('"We have Desmond on the line from Penarth." makes the next CALLER: turn Desmond\'s', () => {
    const res = analyzeParagraphs(['This is an edited transcript of Tuesday’s phone-in on Harbour FM, presented by Gwen Ashdown-Pryce.', 'ASHDOWN-PRYCE: “We have Desmond on the line from Penarth. Desmond, you’ve got a question about the bins.”', 'CALLER: “Yes. They haven’t been emptied for three weeks.”']);
    expect(sure(res, 'Yes. They haven')).toBe('Desmond');
  });
});

describe('round 58: one of the cards left with the flowers', () => {
  it('"One card, left unsigned among the flowers, read: “…”" is no one\'s the story names', () => {
    const res = analyzeParagraphs(['Flowers and handwritten cards have been left outside the fire station in Penlow after the death of a retired crew manager.', 'One card, left unsigned among the flowers, read: “You carried my grandad out in 1987. Thank you.”']);
    expect(sure(res, 'You carried my grandad')).toBeNull();
  });

  it('but a card signed by someone is theirs to give', () => {
    const res = analyzeParagraphs(['One card, signed by a boy named Theo, read: “Thank you for the fire engine ride.”']);
    expect(res.quotes.length).toBe(1);
  });
});

describe('round 58: a town set off after a place a role is "of"', () => {
  it('"The Rev Anwen Pryce-Halloran, vicar of St Cadoc’s, Llanverrow, said ... ‘…’" is the vicar, not Llanverrow', () => {
    const res = analyzeParagraphs(['The Rev Anwen Pryce-Halloran, vicar of St Cadoc’s, Llanverrow, said the parish had ‘refused to let the roof fall in’.']);
    expect(sure(res, 'refused to let the roof')).toBe('Anwen Pryce-Halloran');
  });
});

describe('round 58: "Industry body the X welcomed ... but warned"', () => {
  it('is the body named, not the capitalised word for its kind', () => {
    const res = analyzeParagraphs(['Industry body the Federation of Independent Harbour Pilots, which represents around 300 pilots, broadly welcomed the review but warned of “a recruitment crisis that nobody in Whitehall has noticed”.']);
    expect(sure(res, 'a recruitment crisis')).toBe('Federation of Independent Harbour Pilots');
  });
});

describe('round 58 review: the Q and A, phone-in and card rules kept narrow', () => {
  it('"... His strike partner, X, set up both. He spoke to the Gazette’s Y after the match." leaves the answers unsure', () => {
    const res = analyzeParagraphs(['Leon Baptiste-Ward scored twice for Harrowgate Town on Saturday. His strike partner, Callum Reid-Osei, set up both. He spoke to the Gazette’s Rahel Tesfaye after the match.', 'Q: “How did it feel to score twice?”', 'A: “Like a dream.”']);
    expect(sure(res, 'Like a dream')).not.toBe('Callum Reid-Osei');
  });

  it('"Our reporter, X, asked the minister, Y, and her deputy, Z, ..." gives the answers to neither for sure', () => {
    const res = analyzeParagraphs(['Our housing correspondent, Imogen Drake-Mensah, asked the housing minister, Lorna Petrakis-Hale, and her deputy, Sam Uddin-Price, when the target would be met.', 'Q: “Will you hit 300,000 homes this year?”', 'A: “We will get close.”']);
    expect(sure(res, 'We will get close')).toBeNull();
  });

  it('"... asked the widow of Kieran Doyle, Siobhan Doyle, ..." never gives the answers to the dead man', () => {
    const res = analyzeParagraphs(['Our crime correspondent, Tessa Mbeki-Hart, asked the widow of Kieran Doyle-Rourke, Siobhan Doyle-Rourke, what she wants from the inquiry.', 'Q: “What do you want?”', 'A: “Names. I want names.”']);
    expect(sure(res, 'Names. I want names')).not.toBe('Kieran Doyle-Rourke');
  });

  it('"X has been the agent of Y ... Interview by Z." leaves the answers unsure: a person of someone is no body', () => {
    const res = analyzeParagraphs(['Tomos Rhydderch-Bell has been the agent of Chidubem Ekwueme-Rossi for twenty years, and the boxer retires on Saturday. Interview by Cathal Brennan-Moyo.', 'Q: “Why now?”', 'A: “My hands are finished. My head is not.”']);
    expect(sure(res, 'My hands are finished')).toBeNull();
  });

  it('"Jobs are on the line" is no caller handed over to: "Denise in Totton, go ahead" stays Denise', () => {
    const res = analyzeParagraphs(['This is an edited transcript of Monday’s phone-in on Solent Radio, presented by Alan Finch-Harte.', 'FINCH-HARTE: “Denise in Totton, go ahead.”', 'CALLER: “The depot is closing.”', 'FINCH-HARTE: “Jobs are on the line at the depot too, aren’t they?”', 'CALLER: “Forty of them.”']);
    expect(sure(res, 'Forty of them')).toBe('Denise');
  });

  it('"A note from the owner, posted on the club website, said: “…”" is the owner\'s to give, not no one\'s', () => {
    const res = analyzeParagraphs(['The club’s owner, Victor Hale-Mensah, wrote to members on Sunday.', 'A note from the owner, posted on the club website, said: “I will not sell to anyone who does not love this club.”']);
    expect(sure(res, 'I will not sell')).toBe('Victor Hale-Mensah');
  });
});

describe('round 58: someone unnamed in the clause a verb of saying reports', () => {
  it('"Several parents said a coach had told a crying nine-year-old: “…”" is the coach, unnamed, not the parents', () => {
    const res = analyzeParagraphs(['Several parents said a coach had told a crying nine-year-old: “Winners don’t sulk.”']);
    expect(sure(res, 'Winners don’t sulk')).toBe('coach (unnamed)');
  });

  it('but "the trust said a survey had found “…”" is no survey for sure', () => {
    const res = analyzeParagraphs(['In a letter to families, the trust said a survey had found “significant structural damp” in two blocks.']);
    expect(sure(res, 'significant structural damp')).not.toBe('survey');
  });
});

describe('round 58: "A club statement said"', () => {
  it('is never a speaker called "club statement": the club the story named, at least as a suggestion', () => {
    const res = analyzeParagraphs(['Harwell Rovers have sacked manager Dennis Abara-Lowe after one win in twelve matches.', 'A club statement said Abara-Lowe had left by mutual consent, and thanked him for “his dedication over the past two seasons”.']);
    const q = res.quotes.find((x) => x.text.startsWith('his dedication'))!;
    expect(q.speakerName).not.toBe('club statement');
  });
});

describe('round 58: a surname alone that a relative shares', () => {
  it('is the one the story opened on, when the relative came in a paragraph later: "Malhotra collects ..."', () => {
    const res = analyzeParagraphs([
      'Roisin Okafor-Teague won the Hallow Bay masters title on Sunday, three strokes clear of the field.',
      'Her daughter, Niamh Okafor-Teague, 19, who carried her bag, said she had “never seen her so calm”.',
      'Okafor-Teague takes home £40,000. Asked what she would buy, she laughed: “A new set of wedges.”',
    ]);
    expect(sure(res, 'A new set of wedges')).toBe('Roisin Okafor-Teague');
  });

  it('but not when both came in together ("Tom Reilly and his son, Sean Reilly"), nor when the first paragraph tells a death', () => {
    const together = analyzeParagraphs(['Brendan Coyle-Marsh and his son, Ciaran Coyle-Marsh, have run the boatyard for thirty years.', '“The orders have dried up,” Coyle-Marsh said.']);
    expect(sure(together, 'The orders have dried up')).toBeNull();
    const memorial = analyzeParagraphs([
      'Hundreds gathered on Sunday for a memorial to Anselm Vautrin-Kloss, the baritone who sang at the Corran Hall for forty years.',
      'His widow, Greta Vautrin-Kloss, spoke first.',
      '“He always said the hall sang with him,” Vautrin-Kloss said afterwards.',
    ]);
    expect(sure(memorial, 'He always said the hall')).not.toBe('Anselm Vautrin-Kloss');
  });
});

describe('round 58: two given names before one surname', () => {
  it('"Twins Leticia and Bruno Okonkwo-Hale ... His sister added: “…”" is Leticia', () => {
    const res = analyzeParagraphs([
      'Twins Leticia and Bruno Okonkwo-Hale both won places at music college, Leticia in Leeds and Bruno in Glasgow.',
      '“We practised in the same bedroom for ten years,” Bruno said.',
      'His sister added: “The neighbours deserve a medal.”',
    ]);
    expect(sure(res, 'The neighbours deserve a medal')).toBe('Leticia Okonkwo-Hale');
  });

  it('"Mrs Pengelly" in a story of Alan and Wendy Pengelly is Wendy, by the honorific and her given name', () => {
    const res = analyzeParagraphs(['Alan and Wendy Pengelly have kept the Harbour Stores in Mevagissey for forty years.', '“We always said we would stop at seventy,” said Mrs Pengelly.']);
    expect(sure(res, 'We always said we would stop')).toBe('Wendy Pengelly');
  });
});

describe('round 58: dismissing someone from a job is no saying', () => {
  it('"Judge X found that Firm had dismissed Y “because …”" is the judge\'s finding, not the firm\'s words', () => {
    const res = analyzeParagraphs(['Employment Judge Rosalind Achterberg found that Calloway Freight had dismissed Dariusz Nowak “because he had complained about unpaid overtime”.']);
    expect(sure(res, 'because he had complained')).not.toBe('Calloway Freight');
  });

  it('but "has dismissed her as “…”" is still the one who dismissed her', () => {
    const res = analyzeParagraphs(['Her rival, Councillor Desmond Ffrench-Abara, has dismissed her as “a tourist in local politics.”']);
    expect(sure(res, 'a tourist in local politics')).toBe('Desmond Ffrench-Abara');
  });
});

describe('round 58: "His club said"', () => {
  it('is the club the story named, not the player it stands by', () => {
    const res = analyzeParagraphs([
      'A regulatory commission has banned Harrowgate Albion midfielder Declan Oyelaran-Pike for six matches.',
      'Oyelaran-Pike said he was “gutted” by the decision. His club said it would support him “every step of the way”.',
    ]);
    expect(sure(res, 'every step of the way')).toBe('Harrowgate Albion');
  });

  it('but "Their union, the X Alliance, said" is the union named after it', () => {
    const res = analyzeParagraphs(['Two prison officers have been suspended.', 'Their union, the Custodial Staff Alliance, said the pair had followed “every rule in the book”.']);
    expect(sure(res, 'every rule in the book')).toBe('Custodial Staff Alliance');
  });
});

describe('round 58: a surname alone a relative shares, where the one the story opened on cannot be meant', () => {
  it('not one the story says is missing: "Coyle thanked ... “…,” she said." is his wife', () => {
    const res = analyzeParagraphs([
      'The wife of a diver missing off Rathlin since Friday has thanked volunteers.',
      'Donal Breathnach-Coyle, 47, dived alone from Ballyreagh pier on Friday morning.',
      'His wife, Siobhán Breathnach-Coyle, said the family would not give up.',
      'Breathnach-Coyle thanked the crews. “They have been out every hour of daylight,” she said.',
    ]);
    expect(sure(res, 'They have been out every hour')).not.toBe('Donal Breathnach-Coyle');
  });

  it('not one of the other gender than the "she" that follows', () => {
    const res = analyzeParagraphs([
      'Tobias Ferreira-Lund, 19, was riding home from work when a deer ran into his path.',
      'His mother, Ingrid Ferreira-Lund, said he had always been careful.',
      'Outside court, Ferreira-Lund said the lane needed signs. “Deer cross there every night,” she said.',
    ]);
    expect(sure(res, 'Deer cross there every night')).not.toBe('Tobias Ferreira-Lund');
  });

  it('not after a paragraph about the relative that quotes no one: "His father, X, suffered ... / “…,” Lockhart said."', () => {
    const res = analyzeParagraphs([
      'Callum Ostrowski-Reid had learned first aid at school three weeks earlier.',
      'His father, Piotr Ostrowski-Reid, 51, collapsed in the garden of the family home in June.',
      '“I don’t remember a thing about it,” Ostrowski-Reid said.',
    ]);
    expect(sure(res, 'I don’t remember a thing')).not.toBe('Callum Ostrowski-Reid');
  });
});

describe('round 58: a firm that dismissed someone, in its own reason', () => {
  it('"Harbrook Logistics had dismissed Ms X “for gross misconduct”" is still the firm\'s words', () => {
    const res = analyzeParagraphs(['Tellbridge Haulage had dismissed Mr Olawale Brightwater-Eze “for gross misconduct” in March, the hearing was told.']);
    expect(sure(res, 'for gross misconduct')).toBe('Tellbridge Haulage');
  });
});

describe('round 58: an age opening the sentence before a name', () => {
  it('"At 74, X is ..." makes "said the 74-year-old" X, not the daughter who spoke last', () => {
    const res = analyzeParagraphs([
      'At 74, Hamish Oduya-Carnegie is the oldest novice on this year’s Highland rowing circuit.',
      'His coach, his daughter Rhona Oduya-Carnegie, is blunter. “He is slow but he never stops,” she says.',
      '“Win? No. Finish? Certainly,” said the 74-year-old when asked about Saturday’s race.',
    ]);
    expect(sure(res, 'Win? No. Finish?')).toBe('Hamish Oduya-Carnegie');
  });
});

describe('round 59: an age before the name after the verb', () => {
  it('"“…,” said 16-year-old Ayomide Okafor-Brand." is Ayomide, not no one', () => {
    const res = analyzeParagraphs(['A handful of pupils came in anyway.', '“Our mocks start on Monday,” said 16-year-old Ayomide Okafor-Brand. “Nobody has told us anything.”']);
    expect(sure(res, 'Our mocks start on Monday')).toBe('Ayomide Okafor-Brand');
  });

  it('and past a description after the age: "said 41-year-old father-of-three Tomasz Wierzbicki-Lane"', () => {
    const res = analyzeParagraphs(['“The water came up to the sockets,” said 41-year-old father-of-three Tomasz Wierzbicki-Lane.']);
    expect(sure(res, 'The water came up')).toBe('Tomasz Wierzbicki-Lane');
  });
});

describe('round 59: a surname that is also a place, right after the verb', () => {
  it('"“…,” says Albuquerque." after "A neighbour, Nuno Albuquerque," is Nuno Albuquerque', () => {
    const res = analyzeParagraphs([
      'Idris Mbeki-Laurent has swept the same street in Valparaíso for thirty years.',
      'A neighbour, Nuno Albuquerque, remembers the winter he kept working through a broken wrist.',
      '“He never missed a day,” says Albuquerque. “Not one.”',
    ]);
    expect(sure(res, 'He never missed a day')).toBe('Nuno Albuquerque');
  });

  it('but a place no one in the story is called by stays no one: "“…,” said London."', () => {
    const res = analyzeParagraphs(['Fans lined the Mall for the parade.', '“It was the best day of my life,” said London.']);
    expect(sure(res, 'It was the best day')).toBeNull();
  });
});

describe('round 59: a body named again by the same words', () => {
  it('"Harbourline was founded in 2004 by Moira Keegan ... she said" is Moira Keegan, not the firm', () => {
    const res = analyzeParagraphs([
      'Homeware chain Harbourline has gone into administration, with 900 jobs at risk.',
      'Administrators said the shops would keep trading while a buyer was sought.',
      'Harbourline was founded in 2004 by Moira Keegan, who sold the business in 2019. Contacted at home, she said she was “devastated”.',
      '“I hired some of those managers myself,” she said.',
    ]);
    expect(sure(res, 'devastated')).toBe('Moira Keegan');
    expect(sure(res, 'I hired some')).toBe('Moira Keegan');
    expect(res.cast.some((c) => c.name === 'Harbourline' && c.kind === 'person')).toBe(false);
  });

  it('"Brellair said it was ‘let down’" after "Pilots at Brellair, the regional airline," is the airline, and an unnamed pilot of it is no one named', () => {
    const res = analyzeParagraphs([
      'Pilots at Brellair, the regional airline, will strike on Friday after talks over rosters broke down.',
      'Brellair said it was ‘let down’ by the union and would run ‘as many flights as we can’.',
      'A Brellair pilot based at Exeter, who asked not to be named, said rosters had been changed eleven times since June.',
      '‘You cannot plan a week of your life,’ he said. ‘Not one week.’',
    ]);
    expect(sure(res, 'let down')).toBe('Brellair');
    expect(res.cast.find((c) => c.name === 'Brellair')?.kind).toBe('organization');
    expect(sure(res, 'You cannot plan')).toBe('Brellair pilot (unnamed)');
  });

  it('a person whose name a body shares is still the person: "Lowther Hale" the firm, then "Lowther said she"', () => {
    const res = analyzeParagraphs([
      'Architects Lowther Hale have won the contract for the new library.',
      'The practice was founded by Ruth Lowther in 1998.',
      '“We have wanted to build a library for twenty years,” Lowther said.',
    ]);
    expect(sure(res, 'We have wanted')).toBe('Ruth Lowther');
  });
});

describe('round 59: "the woman" is the one brought in unnamed just before', () => {
  it('"A Carrowmore grandmother says ... / The woman, who asked not to be named, said" is the grandmother', () => {
    const res = analyzeParagraphs([
      'A Carrowmore grandmother says her grandson waited nine hours on a trolley.',
      'The woman, who asked not to be named, said staff had been “run off their feet”.',
    ]);
    expect(sure(res, 'run off their feet')).toBe('Carrowmore grandmother (unnamed)');
  });

  it('and so without the place: "A grandmother says ..."', () => {
    const res = analyzeParagraphs(['A grandmother says her grandson waited nine hours on a trolley.', 'The woman, who asked not to be named, said staff had been “run off their feet”.']);
    expect(sure(res, 'run off their feet')).toBe('grandmother (unnamed)');
  });

  it('but not one of the other gender: "A Carrowmore grandfather says ... / The woman ... said" is not the grandfather', () => {
    const res = analyzeParagraphs([
      'A Carrowmore grandfather says his grandson waited nine hours on a trolley.',
      'The woman, who asked not to be named, said staff had been “run off their feet”.',
    ]);
    const q = quoteOf(res, 'run off their feet');
    expect(nameOf(res, q.speakerId ?? q.suggestedSpeakerId)).not.toBe('Carrowmore grandfather (unnamed)');
  });
});

describe('round 59: a common word opening the sentence is no one', () => {
  it('"First home was 15-year-old Niamh Oduya-Clarke. “…,” she said." is Niamh, with no "First" to rival her', () => {
    const res = analyzeParagraphs([
      'Nearly 300 runners braved the hail for the Ashgrove parkrun on Saturday.',
      'Organiser Derek Whitfield-Ames, 64, said the course had flooded twice this winter. “We just move the cones,” he said.',
      'First home was 15-year-old Niamh Oduya-Clarke. “I wanted to stop after a mile,” she said.',
    ]);
    expect(sure(res, 'I wanted to stop')).toBe('Niamh Oduya-Clarke');
    expect(res.cast.some((c) => c.name === 'First')).toBe(false);
  });

  it('"Retired postman Alun Pryce-Evans" leaves no "Retired" in the cast', () => {
    const res = analyzeParagraphs(['Retired postman Alun Pryce-Evans said the village had changed. “Nobody walks anywhere now,” he said.']);
    expect(sure(res, 'Nobody walks')).toBe('Alun Pryce-Evans');
    expect(res.cast.some((c) => c.name === 'Retired')).toBe(false);
  });

  it('but a common word that is someone\'s surname, named before, is still them: "Green denied it."', () => {
    const res = analyzeParagraphs(['Councillor Tom Green was accused of leaking the report.', 'Green denied it. “I have never seen the document,” he said.']);
    expect(sure(res, 'I have never seen')).toBe('Tom Green');
  });
});

describe('round 59: the byline asks an interview\'s questions', () => {
  const paras = (by: string) => [
    by,
    'Before her first tour of Japan, the Welsh harpist Catrin Llewellyn-Ode spoke to Dara Fennelly-Moss from her home in Machynlleth.',
    'Q: “Why the harp, and not the piano?”',
    'A: “My grandmother had one in the parlour. Nobody else was allowed to touch it.”',
    'Q: “What will you play in Osaka?”',
    'A: “Mostly Welsh airs. A few things I wrote on the train.”',
  ];
  it('"spoke to Dara Fennelly-Moss" in a story bylined "By Dara Fennelly-Moss": Dara asks, Catrin answers', () => {
    const res = analyzeParagraphs(paras('By Dara Fennelly-Moss'));
    expect(sure(res, 'Why the harp')).toBe('Dara Fennelly-Moss');
    expect(sure(res, 'What will you play')).toBe('Dara Fennelly-Moss');
    expect(sure(res, 'My grandmother had one')).toBe('Catrin Llewellyn-Ode');
    expect(sure(res, 'Mostly Welsh airs')).toBe('Catrin Llewellyn-Ode');
  });

  it('but one the byline does not name, spoken to, is no asker the story showed', () => {
    const res = analyzeParagraphs(paras('By Huw Pritchard'));
    expect(speakerOf(res, 'Why the harp')).not.toBe('Dara Fennelly-Moss');
  });

  it('and an edit to the byline relinks the questions', async () => {
    const { createAttributionSession } = await import('../../shared/attribution/index');
    const session = createAttributionSession();
    session.update(paras('By Huw Pritchard'));
    const res = session.update(paras('By Dara Fennelly-Moss'));
    expect(sure(res, 'Why the harp')).toBe('Dara Fennelly-Moss');
  });
});

describe('round 59: a trade paper sits down with a firm\'s boss', () => {
  const paras = [
    'Dairy Today Weekly sat down with Morwenna Tregarthen, chief executive of Kernow Creameries, the Cornish cheese maker that this spring opened a second plant.',
    'Q: “Why open a plant when milk prices are this high?”',
    'A: “Because a plant takes three years to build and milk prices do not stay anywhere for three years.”',
    'Q: “Who buys most of your cheese?”',
    'A: “Two supermarkets. That worries our bank more than it worries me.”',
  ];
  it('the paper, its name whole for all its day\'s word, asks; the one it sat down with answers, not her firm', () => {
    const res = analyzeParagraphs(paras);
    expect(sure(res, 'Why open a plant')).toBe('Dairy Today Weekly');
    expect(sure(res, 'Who buys most')).toBe('Dairy Today Weekly');
    expect(sure(res, 'Because a plant takes')).toBe('Morwenna Tregarthen');
    expect(sure(res, 'Two supermarkets')).toBe('Morwenna Tregarthen');
  });

  it('"Kernow Creameries, the Cornish cheese maker that ..." is a firm: the local pass reads no person', () => {
    const lp = analyzeParagraphLocal(paras[0]!);
    expect(lp.mentions.find((m) => m.name === 'Kernow Creameries')?.type).toBe('org');
    expect(lp.mentions.find((m) => m.name === 'Dairy Today Weekly')).toBeDefined();
  });

  it('but a maker set off with "who" is a person: "Ewan Rossiter, the furniture maker who ..."', () => {
    const lp = analyzeParagraphLocal('Ewan Rossiter, the furniture maker who restored the pews, said the oak was sound.');
    expect(lp.mentions.find((m) => m.name === 'Ewan Rossiter')?.type).toBe('person');
  });
});

describe('round 59: the owner of the subject\'s kin word, of the other gender, is no rival', () => {
  it('"Her brother, Ifor Penhaligon, ... said ... “…”. / “…,” he said." is Ifor, not the officer quoted before', () => {
    const res = analyzeParagraphs([
      'Superintendent Neil Ashworth-Kane told reporters: “We got this wrong.”',
      'The woman, named locally as Tegan Penhaligon, 29, had called for help three times.',
      'Her brother, Ifor Penhaligon, who was at the briefing, said afterwards the apology was “a year too late”.',
      '“Sorry doesn’t answer anything,” he said. “I want names.”',
    ]);
    expect(sure(res, 'Sorry doesn')).toBe('Ifor Penhaligon');
  });

  it('and so with the genders turned: "His sister, Tegan Penhaligon, ... / “…,” she said." is Tegan', () => {
    const res = analyzeParagraphs([
      'Superintendent Neil Ashworth-Kane told reporters: “We got this wrong.”',
      'The man, named locally as Rhys Penhaligon, 29, had called for help three times.',
      'His sister, Tegan Penhaligon, who was at the briefing, said afterwards the apology was “a year too late”.',
      '“Sorry doesn’t answer anything,” she said. “I want names.”',
    ]);
    expect(sure(res, 'Sorry doesn')).toBe('Tegan Penhaligon');
  });
});

describe('round 59: a paper named with its day, and a chief executive of a firm', () => {
  it('"Pottery Today sat down with Sunniva Ekberg, chief executive of Ashwell Ware, the tableware maker that ...": the paper asks, she answers', () => {
    const res = analyzeParagraphs([
      'Pottery Today sat down with Sunniva Ekberg, chief executive of Ashwell Ware, the tableware maker that bought the Fenton Brook works last year.',
      'Q: “Was it a rescue or a bargain?”',
      'A: “Both. We paid very little for it, and we have spent a great deal since.”',
    ]);
    expect(sure(res, 'Was it a rescue')).toBe('Pottery Today');
    expect(sure(res, 'Both. We paid')).toBe('Sunniva Ekberg');
  });

  it('"Sunniva Ekberg, chief executive of Ashwell Ware," is a person to the local pass; "Harrow Estates, owner of the site," is not', () => {
    expect(analyzeParagraphLocal('It was bought by Sunniva Ekberg, chief executive of Ashwell Ware, last year.').mentions.find((m) => m.name === 'Sunniva Ekberg')?.type).toBe('person');
    expect(analyzeParagraphLocal('The site was sold by Harrow Estates, owner of the land, last year.').mentions.find((m) => m.name === 'Harrow Estates')?.type).not.toBe('person');
  });
});

describe('round 59: the one set off after a title who spoke to our journalist answers', () => {
  it('"Fiji’s Minister of Fisheries, Semi Tavola-Reid, spoke to our Pacific editor, Moana Lealaiauloto, ..." — Moana asks, Semi answers', () => {
    const res = analyzeParagraphs([
      'Fiji’s Minister of Fisheries, Semi Tavola-Reid, spoke to our Pacific editor, Moana Lealaiauloto, before the regional tuna talks. The interview has been edited for length.',
      'Q: “Will the catch limits hold this year?”',
      'A: “They will hold because the boats know we are counting.”',
    ]);
    expect(sure(res, 'Will the catch limits')).toBe('Moana Lealaiauloto');
    expect(sure(res, 'They will hold')).toBe('Semi Tavola-Reid');
  });

  it('but not when someone else is named before the title: "Semi Tavola-Reid’s deputy, Ana Rokotuiviwa, spoke to ..." is Ana', () => {
    const res = analyzeParagraphs([
      'The deputy of Fisheries Minister Semi Tavola-Reid, Ana Rokotuiviwa, spoke to our Pacific editor, Moana Lealaiauloto, before the tuna talks.',
      'Q: “Will the catch limits hold this year?”',
      'A: “They will hold because the boats know we are counting.”',
    ]);
    expect(sure(res, 'They will hold')).not.toBe('Semi Tavola-Reid');
  });
});

describe('round 59: two roles joined by "and" before the name after the quote', () => {
  it('"“…,” co-founder and chief executive Mirela Constantin wrote in the memo, which was sent to staff" is Mirela', () => {
    const res = analyzeParagraphs(['“We grew too fast and I own that,” co-founder and chief executive Mirela Constantin wrote in the memo, which was sent to staff on Monday.']);
    expect(sure(res, 'We grew too fast')).toBe('Mirela Constantin');
  });

  it('but words joined by "and" that are no roles stay out: "“…,” bread and butter Mirela Constantin wrote" is read as before', () => {
    const lp = analyzeParagraphLocal('“We grew too fast,” staff and Mirela Constantin wrote in the memo, which was sent on Monday.');
    expect(lp.quotes[0]!.cue.text).not.toBe('Mirela Constantin');
  });
});

describe('round 60: a role for the one just named, speaking to someone', () => {
  it('"Ruth Okonjo-Baird turns 100 today. The former nurse, who ..., spoke to Tomás Erlendsson about ...": Tomás asks, Ruth answers', () => {
    const res = analyzeParagraphs([
      'Ruth Okonjo-Baird turns 100 today. The former nurse, who worked nights in Lagos and later in Bradford, spoke to Tomás Erlendsson about a century of night shifts.',
      'Q: “What kept you going?”',
      'A: “Tea, and the knowledge that someone would relieve me at seven.”',
    ]);
    expect(sure(res, 'What kept you going')).toBe('Tomás Erlendsson');
    expect(sure(res, 'Tea, and the knowledge')).toBe('Ruth Okonjo-Baird');
  });

  it('but not when the sentence before named two people: the one spoken to may be either\'s', () => {
    const res = analyzeParagraphs([
      'Ruth Okonjo-Baird and her daughter Ama Okonjo-Baird run the home together. The former nurse, who worked nights in Lagos, spoke to Tomás Erlendsson about the home.',
      'Q: “What kept you going?”',
      'A: “Tea, and the knowledge that someone would relieve me at seven.”',
    ]);
    expect(sure(res, 'Tea, and the knowledge')).not.toBe('Ama Okonjo-Baird');
  });
});

describe('round 60: a role in the possessive owns the words after it', () => {
  it('"“…,” said the operator’s customer services director, Rupert Quayle-Ibsen." is Rupert, not the operator', () => {
    const res = analyzeParagraphs([
      'Fenmoor Rail said the fault had been caused by cable theft.',
      '“Cable theft causes misery for thousands of passengers,” said the operator’s customer services director, Rupert Quayle-Ibsen.',
    ]);
    expect(sure(res, 'Cable theft causes')).toBe('Rupert Quayle-Ibsen');
  });

  it('while "“…,” said the operator." stays the operator\'s role', () => {
    const lp = analyzeParagraphLocal('“We apologise to passengers,” said the operator.');
    expect(lp.quotes[0]!.cue.roleHead).toBe('operator');
  });
});

describe('round 60: a letter others signed is the letter\'s', () => {
  it('"... resigned days after 80 musicians signed an open letter ... / The letter said ..." is the letter, not the one who resigned', () => {
    const res = analyzeParagraphs([
      'The principal conductor of the Harbourside Sinfonia, Tobias Achterberg-Lund, has resigned, days after 80 musicians signed an open letter criticising the orchestra’s board.',
      'The letter, published on Tuesday, said the board had “stopped listening to the people on the stage”.',
    ]);
    expect(sure(res, 'stopped listening')).toBe('the letter');
  });

  it('and a name right before "signed" signs it: "Tobias Achterberg-Lund signed a letter ... / The letter said" is Tobias', () => {
    const res = analyzeParagraphs([
      'The principal conductor, Tobias Achterberg-Lund, signed a letter to the orchestra’s board on Monday.',
      'The letter said the board had “stopped listening to the people on the stage”.',
    ]);
    expect(sure(res, 'stopped listening')).toBe('Tobias Achterberg-Lund');
  });
});

describe('round 60: a trade word before the kind of firm and its name is no one', () => {
  it('"Fashion chain Velvet Lane ... founded by Carys Thornbury ... she said" is Carys, not "Fashion"', () => {
    const res = analyzeParagraphs([
      'Fashion chain Velvet Lane went into administration on Tuesday. Velvet Lane was founded in 1998 by Carys Thornbury, who sold her stake in 2017. Reached by phone, she said she was “heartbroken”.',
    ]);
    expect(sure(res, 'heartbroken')).toBe('Carys Thornbury');
    expect(res.cast.some((c) => c.name === 'Fashion')).toBe(false);
  });

  it('while a name opening the sentence before a lower-case word stays one: "Pryce chaired the group"', () => {
    const lp = analyzeParagraphLocal('Pryce chaired the group for a decade.');
    expect(lp.mentions.map((m) => m.name)).toContain('Pryce');
  });
});

describe('round 60: a word of saying after "the" is a thing, not a verb, in the role before a name', () => {
  it('"A shopper waiting by the counter, who gave her name only as Ines, said ... / “…,” she said." is Ines', () => {
    const res = analyzeParagraphs([
      'Greta Vollmer has run the ironmonger’s on Quay Street for thirty years. “We sell nails by the pound,” she said.',
      'A shopper waiting by the counter, who gave her name only as Ines, said she came in every Saturday. “Nowhere else has the screws I need,” she said.',
    ]);
    expect(sure(res, 'Nowhere else')).toBe('Ines');
  });
});

describe('round 60: two fields joined by "and" before the noun of one role (failure kind 1)', () => {
  it('"“…,” said the ferry line’s safety and compliance manager, Oskar Lindqvist-Bah. “…”" is Oskar', () => {
    const res = analyzeParagraphs([
      'Sailings from Port Avary were cancelled for a second day after a ramp failed an inspection.',
      '“No vessel leaves until the ramp is signed off,” said the ferry line’s safety and compliance manager, Oskar Lindqvist-Bah. “We will not cut corners on this.”',
    ]);
    expect(sure(res, 'No vessel leaves')).toBe('Oskar Lindqvist-Bah');
    expect(sure(res, 'We will not')).toBe('Oskar Lindqvist-Bah');
  });

  it('"said the passenger welfare and ticketing director, Oskar Lindqvist-Bah" is Oskar, not an unnamed passenger', () => {
    const res = analyzeParagraphs([
      '“Refunds will be paid within the week,” said the passenger welfare and ticketing director, Oskar Lindqvist-Bah.',
    ]);
    expect(sure(res, 'Refunds will be paid')).toBe('Oskar Lindqvist-Bah');
  });

  it('"said the passenger experience director, Oskar Lindqvist-Bah": a person noun saying what the role is for is no one', () => {
    const res = analyzeParagraphs(['“Refunds will be paid within the week,” said the passenger experience director, Oskar Lindqvist-Bah.']);
    expect(sure(res, 'Refunds will be paid')).toBe('Oskar Lindqvist-Bah');
  });
});

describe('round 60: a common word opening the sentence is the first word of a firm’s name before its kind', () => {
  it('"Maritime Radio Corp. said in a statement that he “…”" is the whole firm, not "Radio Corp."', () => {
    const res = analyzeParagraphs([
      'Ambrose Kettering, who read the evening bulletin for three decades, died on Sunday. He was 81.',
      'Maritime Radio Corp. said in a statement that he “made the news sound like a neighbour talking”.',
    ]);
    expect(sure(res, 'made the news')).toBe('Maritime Radio Corp.');
  });

  it('while a common word opening the sentence before lower-case words stays no name: "Local residents said"', () => {
    const lp = analyzeParagraphLocal('Local residents said the Harlow Group had ignored them.');
    expect(lp.mentions.map((m) => m.name)).not.toContain('Local residents');
  });
});

describe('round 60: a name after a trade’s "at" is where someone works, whatever its first word', () => {
  it('"a weaver at Ross Dunmore ... / Ross Dunmore’s owner, Aileen Carr, said ... / ‘…,’ he says" leaves no man called Ross Dunmore', () => {
    const res = analyzeParagraphs([
      'Nobody in the Borders can thread a loom faster than Callum Strachan-Reid. He has been a weaver at Ross Dunmore for 38 years.',
      '‘The loom tells you when you are rushing,’ he says.',
      'Ross Dunmore’s owner, Aileen Carr, said the mill would take on two apprentices next spring.',
    ]);
    expect(sure(res, 'The loom tells')).toBe('Callum Strachan-Reid');
    expect(res.cast.some((c) => c.name === 'Ross Dunmore' && c.kind === 'person')).toBe(false);
  });

  it('while a name after "at" with no trade before it may still be someone: "He shouted at Ross Dunmore"', () => {
    const lp = analyzeParagraphLocal('He shouted at Ross Dunmore across the yard.');
    expect(lp.mentions.find((m) => m.name === 'Ross Dunmore')?.type).not.toBe('org');
  });
});

describe('round 60: one capitalised word between an article’s words and a thing says where it is from', () => {
  it('"the last master weaver at an independent Tweedside mill" makes no one called Tweedside to rival the weaver’s "he"', () => {
    const res = analyzeParagraphs([
      'Few people can thread a loom faster than Callum Strachan-Reid. The 58-year-old is now the last master weaver at an independent Tweedside mill.',
      '‘The loom tells you when you are rushing,’ he says.',
    ]);
    expect(sure(res, 'The loom tells')).toBe('Callum Strachan-Reid');
  });

  it('while one word right before a verb stays a name: "An independent Tweedside told the hearing"', () => {
    const lp = analyzeParagraphLocal('An independent Tweedside told the hearing it would appeal.');
    expect(lp.mentions.find((m) => m.name === 'Tweedside')?.type).not.toBe('place');
  });
});

describe('round 60: "another" after someone unnamed is another of them', () => {
  it('"“…,” one listener said. Another told the host: “…”" is a listener, not the host', () => {
    const res = analyzeParagraphs([
      'On the morning phone-in, opinion was split. “Let the lad learn from it,” one listener said. Another told the host: “If he were mine, I would ground him for a month.”',
    ]);
    expect(sure(res, 'If he were mine')).toBe('listener (unnamed)');
  });

  it('and "“…,” said another." too', () => {
    const res = analyzeParagraphs(['“Let the lad learn from it,” one listener said. “I would ground him for a month,” said another.']);
    expect(sure(res, 'I would ground')).toBe('listener (unnamed)');
  });
});

describe('round 60: a plural of people, or a person noun before a thing, becomes no new subject the pronoun may mean', () => {
  it('"Fans had gathered 40,000 signatures ... / “…,” he said." stays the one quoted before', () => {
    const res = analyzeParagraphs([
      'The creator of the cancelled drama, Obiora Lindqvist-Mensah, was more measured in an interview. “It is a business,” Lindqvist-Mensah said.',
      'Fans had gathered more than 40,000 signatures by Wednesday night.',
      '“The last season was already written,” he said.',
    ]);
    expect(sure(res, 'The last season')).toBe('Obiora Lindqvist-Mensah');
  });

  it('"A fan petition had gathered ..." is a petition, no unnamed fan', () => {
    const res = analyzeParagraphs([
      'The creator of the cancelled drama, Obiora Lindqvist-Mensah, was more measured in an interview. “It is a business,” Lindqvist-Mensah said.',
      'A fan petition had gathered more than 40,000 signatures by Wednesday night.',
      '“The last season was already written,” he said.',
    ]);
    expect(sure(res, 'The last season')).toBe('Obiora Lindqvist-Mensah');
  });

  it('while a group right after the dateline still chants: "KISUMU: Supporters chanted “…” as ... arrived"', () => {
    const res = analyzeParagraphs(['KISUMU: Supporters chanted “Tuko pamoja” as opposition leader Baraka Ochieng-Were arrived at the stadium on Sunday.']);
    expect(sure(res, 'Tuko pamoja')).toBe('Supporters');
  });
});

describe('round 60: one unknown word after a body’s "in", closing the phrase, is where the body is', () => {
  it('"Her agent, Henrik Solberg of Nordlys Agentur in Tromsø, calls the books “…”. “…,” he says" is Henrik', () => {
    const res = analyzeParagraphs([
      'Adaeze Marlow-Ingstad has sold two million copies of her fox stories. “I write them on the train,” she says.',
      'Her agent, Henrik Solberg of Nordlys Agentur in Tromsø, calls the fox books “the engine of the list.” “She keeps us in business,” he says.',
    ]);
    expect(sure(res, 'the engine of')).toBe('Henrik Solberg');
    expect(sure(res, 'She keeps us')).toBe('Henrik Solberg');
  });
});

describe('round 60: what the subject is, after "was a", is no one new', () => {
  it('"she was a classically trained singer who once said she had taken the part ‘…’" names no unnamed singer', () => {
    const res = analyzeParagraphs([
      'Ingrid Falkenberg-Moss, the Danish-born soprano who became a fixture of British radio, has died aged 91.',
      'Best known as the voice of a long-running children’s serial, she was a classically trained singer who once said she had taken the part ‘to mend the chapel roof’.',
    ]);
    const q = quoteOf(res, 'to mend the chapel roof');
    expect(q.speakerName ?? null).not.toBe('classically trained singer (unnamed)');
    expect(res.cast.some((c) => c.name.endsWith('(unnamed)'))).toBe(false);
  });
});

describe('round 60: "One of them is NAME" brings its subject in', () => {
  it('"... after her cousin, Nekesa, ... / One of them is Atieno Wekesa, a former nurse ... She says ... / “…,” she says." is Atieno, not the cousin', () => {
    const res = analyzeParagraphs([
      'Halima Odhiambo started the boat clinic in 2018 after her cousin, Nekesa, nearly died waiting for a ferry. Now there are nine boats, crewed by women from four islands.',
      'One of them is Atieno Wekesa, a former nurse who joined in 2021. She says the lake is kinder than the roads.',
      '“The wind is the worst,” she says. “But you think of the patient under the tarpaulin and you keep rowing.”',
    ]);
    expect(sure(res, 'The wind is')).toBe('Atieno Wekesa');
  });
});

describe('round 60: someone unnamed reported speaking in the sentence before a bare quote said it', () => {
  it('"A village head near Sabon Gari, who asked not to be named, said attitudes had shifted. “…”" is the village head, not the one quoted before', () => {
    const res = analyzeParagraphs([
      '“My mother cried when I got the job,” Halima Yusuf-Danjuma said.',
      'Some elders opposed the scheme at first. A village head near Sabon Gari, who asked not to be named, said attitudes had shifted. “Now the fathers bring their daughters to the gate themselves.”',
    ]);
    expect(sure(res, 'Now the fathers')).toBe('village head near Sabon Gari (unnamed)');
  });

  it('while a name opening the sentence after the quote leaves it to that sentence: "A boy shouts ... “Slow down!” Wanjiku calls after him."', () => {
    const res = analyzeParagraphs(['Wanjiku Mwangi sells mangoes by the gate. A boy pushing a handcart shouts for the women to move. “Slow down!” Wanjiku calls after him.']);
    expect(speakerOf(res, 'Slow down')).not.toBe('boy (unnamed)');
  });
});

describe('round 60: a body brought in by the words of its kind is that body', () => {
  it('"The regional grid operator, Voltara, said ... “…,” the company said." is Voltara', () => {
    const res = analyzeParagraphs([
      'The city’s mayor, Oksana Horvath-Lind, said the hospital had fuel for a week. “After that, we choose between the theatres and the wards,” she said.',
      'The regional grid operator, Voltara, said repair crews could not reach the substations. “Our engineers are ready. They need two quiet days,” the company said.',
    ]);
    expect(sure(res, 'Our engineers are ready')).toBe('Voltara');
  });

  it('"The press freedom group Open Lens, whose report was cited, welcomed the ruling. “…,” the group said" is Open Lens, another body named before', () => {
    const res = analyzeParagraphs([
      'The Ministry of Information called the ruling “an attack on sovereignty”.',
      'The press freedom group Open Lens, whose report was cited by the court, welcomed the ruling. “This is a first step, not the last,” the group said in a statement.',
    ]);
    expect(sure(res, 'This is a first step')).toBe('Open Lens');
  });

  it('while a name set off after a job at a kind of firm is the one doing the job: "Her supervisor at the city transport company, Nenad Ilić, says"', () => {
    const res = analyzeParagraphs(['Her supervisor at the city transport company, Nenad Ilić, says she has the fewest complaints in the depot. “People write in to thank her,” he said.']);
    expect(sure(res, 'People write in')).toBe('Nenad Ilić');
  });
});

describe('round 60: the helper review’s cases', () => {
  it('"The first person to reach him was a taxi driver who said ‘…’" is someone new: the taxi driver', () => {
    const res = analyzeParagraphs(['Walter Briggs, 74, had cycled the lane for forty years. The first person to reach him after the crash was a taxi driver who said the lorry ‘never even slowed’.']);
    expect(sure(res, 'never even slowed')).toBe('taxi driver (unnamed)');
  });

  it('while a group right after a label in capitals and a colon still chants: "ORVANSK: Protesters chanted “…”"', () => {
    const res = analyzeParagraphs(['ORVANSK: Protesters chanted “No dam, no deal” outside the regional council for a fourth day on Friday.']);
    expect(sure(res, 'No dam, no deal')).toBe('Protesters');
  });
});

describe('round 61: "the club said" after the one club the story named in passing', () => {
  it('"... a transfer request at Kestrel Rovers ... / The club said it had “no intention” ..." is Kestrel Rovers', () => {
    const res = analyzeParagraphs([
      'Midfielder Tomás Aldana-Kerr has handed in a transfer request at Kestrel Rovers, eight months after signing a new contract.',
      'The club confirmed the request on Friday but said it had “no intention” of selling the 23-year-old this month.',
    ]);
    expect(sure(res, 'no intention')).toBe('Kestrel Rovers');
  });

  it('while one of two clubs named stays unsure: "Harbury Town rejected a bid from Oldmill Wanderers ... / “…,” the club said."', () => {
    const res = analyzeParagraphs([
      'Harbury Town have rejected a second bid from Oldmill Wanderers for their captain, Reece Dalby.',
      '“Reece is under contract and is not for sale,” the club said.',
    ]);
    expect(sure(res, 'Reece is under contract')).not.toBe('Oldmill Wanderers');
  });
});

describe('round 61: a surname that is also a place, before a verb in the present, is the person', () => {
  it('"Bellingham keeps a tally on the door. / “…,” she says." after another woman spoke is not that other woman for sure', () => {
    const res = analyzeParagraphs([
      'Rachel Bellingham and Anna Okafor-Smith started the coat swap in 2022.',
      '“He was eleven,” says Bellingham.',
      '“I thought we would get a few bags,” Okafor-Smith says.',
      'Bellingham keeps a tally on the back of the hall door.',
      '“Every mark on there is a child kept warm,” she says.',
    ]);
    expect(sure(res, 'Every mark on there')).not.toBe('Anna Okafor-Smith');
  });
});

describe('round 61: chants the relative clause gives the crowd are the crowd’s', () => {
  it('"..., Achebe told the crowd, which answered with chants of “…”" is the crowd, not Achebe', () => {
    const res = analyzeParagraphs(['“The fisherman feeds this coast and the government feeds him speeches,” Obinna Achebe told the crowd, which answered with chants of “Our coast, our fish!”']);
    expect(sure(res, 'Our coast, our fish')).toBe('crowd');
    expect(sure(res, 'The fisherman feeds')).toBe('Obinna Achebe');
  });
});

describe('round 61: a Q and A whose subject "spoke to" someone named bare, with a third person named before', () => {
  it('"... despite his defeat by Ruslan Temirov. He spoke to Adwoa Kyei-Mensah on Radio Westfield’s Sportsline." asks with Adwoa and answers with the boxer', () => {
    const res = analyzeParagraphs([
      'Former champion Kwabena Osei-Tutu, 37, has ruled out retirement despite his defeat by Ruslan Temirov last month. He spoke to Adwoa Kyei-Mensah on Radio Westfield’s Sportsline.',
      'Q: “People say that fight was the end. What do you say to them?”',
      'A: “They have said that before. I lost a fight, not my legs.”',
    ]);
    expect(sure(res, 'People say that fight')).toBe('Adwoa Kyei-Mensah');
    expect(sure(res, 'They have said that')).toBe('Kwabena Osei-Tutu');
  });
});

describe('round 61: a paper’s journalist, set off after the title, who "sat down with" someone asks', () => {
  it('"the Harbour Gazette’s political editor, Ewan Tolland, sat down with independent candidate Nneka Oduya-Brandt." asks with Ewan and answers with Nneka', () => {
    const res = analyzeParagraphs([
      'Ahead of next month’s mayoral vote, the Harbour Gazette’s political editor, Ewan Tolland, sat down with independent candidate Nneka Oduya-Brandt. The interview has been edited for length.',
      'Q: “You have never held office. Why should voters trust you with the budget?”',
      'A: “Because I ran a hospital trust with a bigger one.”',
    ]);
    expect(sure(res, 'You have never held office')).toBe('Ewan Tolland');
    expect(sure(res, 'Because I ran')).toBe('Nneka Oduya-Brandt');
  });
});

describe('round 61: a document set off with when it is due speaks', () => {
  it('"The report, due to go before the council’s cabinet next week, says the pool is “…” / “…,” it concludes." is the report', () => {
    const res = analyzeParagraphs([
      'A council report has recommended closing the Mill Lane lido to save £300,000 a year.',
      'The report, due to go before Ashcombe Borough Council’s cabinet next week, says the 1960s building is “beyond economic repair”.',
      '“Continued operation cannot be justified,” it concludes.',
    ]);
    expect(sure(res, 'beyond economic repair')).toBe('the report');
    expect(sure(res, 'Continued operation')).toBe('the report');
  });
});

describe('round 61: a pronoun and its verb after a name set off in the opening phrase are the subject', () => {
  it('"In a statement released through his club, Harlow RFC, he said: / ‘…’" is the player', () => {
    const res = analyzeParagraphs([
      'Fly-half Dafydd Morgan-Price has announced his retirement from rugby at the age of 35.',
      'In a statement released through his club, Harlow RFC, he said:',
      '‘Eighteen years ago I walked into this club as a boy who could kick a ball a long way.’',
    ]);
    expect(sure(res, 'Eighteen years ago')).toBe('Dafydd Morgan-Price');
  });
});

describe('round 61: a place of two words before "-born" describes the role after it', () => {
  it('"“…,” the São Paulo-born swimmer said." is the swimmer the story named', () => {
    const res = analyzeParagraphs([
      'Tiago Barros-Lindqvist broke his own national record in the 200 metres butterfly on Thursday.',
      '“There were days I could not lift my arm above my head,” the São Paulo-born swimmer said.',
    ]);
    expect(sure(res, 'There were days')).toBe('Tiago Barros-Lindqvist');
  });
});

describe('round 61: the one who "was asked" something answers in the next paragraph', () => {
  it('"Ruddock, who was booked twice, was asked about the row later. / “…,” he said." is Ruddock, a name the lexicon gives no gender', () => {
    const res = analyzeParagraphs([
      'Harbour City coach Tiberius Nwankwo-Ashe and his captain Kelsan Ruddock say they have put a touchline argument behind them.',
      '“He is a fierce competitor and so am I,” Nwankwo-Ashe told reporters. “We shook hands in the tunnel.”',
      'Ruddock, who was booked 2 times this season, was asked about the row later on Monday.',
      '“The coach and me are fine,” he said. “I was angry with the referee, not with him.”',
    ]);
    expect(sure(res, 'The coach and me')).toBe('Kelsan Ruddock');
  });
  it('"Ruddock was praised by the fans later on Monday." answers nothing: the pronoun stays unsure', () => {
    const res = analyzeParagraphs([
      'Harbour City coach Tiberius Nwankwo-Ashe and his captain Kelsan Ruddock say they have put a touchline argument behind them.',
      '“He is a fierce competitor and so am I,” Nwankwo-Ashe told reporters. “We shook hands in the tunnel.”',
      'Ruddock, who was booked 2 times this season, was praised by the fans later on Monday.',
      '“The coach and me are fine,” he said. “I was angry with the referee, not with him.”',
    ]);
    expect(sure(res, 'The coach and me')).not.toBe('Kelsan Ruddock');
  });
});

describe('round 61: the one who "reserved praise for" someone speaks the praise in the next paragraph', () => {
  const story = (quote: string) => [
    'Harrowgate Vale came from two goals down to draw 2-2 with Kestrel Town, with substitute Tomasz Wielgosz heading the equaliser.',
    'Vale manager Declan Rourke said his side had been asleep for the first half an hour.',
    'Rourke reserved special praise for Wielgosz, who had only been on the pitch for eleven minutes.',
    quote,
  ];
  it('"Rourke reserved special praise for Wielgosz ... / “He’s been patient ...,” he said." is Rourke, a name the lexicon gives no gender', () => {
    const res = analyzeParagraphs(story('“He’s been patient, he’s trained well, and today he got his reward,” he said.'));
    expect(sure(res, 'He’s been patient')).toBe('Declan Rourke');
  });
});

describe('round 61: whom a subject’s own pronoun spoke of is no rival for the next "she said"', () => {
  const opening = [
    'MPs from all parties paid tribute on Monday to Dame Agatha Penhollow, who died at the weekend aged 88.',
    'Opening the tributes, the Leader of the House, Marcus Odunsi-Bray, said she had been ‘the conscience of this place’.',
    '‘She was never a minister and never wanted to be.',
    '‘Every new member got a handwritten note from Agatha in their first week.’',
  ];
  it('"… Claire Castellano-Rees, fought back tears as she recalled canvassing for Dame Agatha. / ‘…,’ she said." is Castellano-Rees', () => {
    const res = analyzeParagraphs([
      ...opening,
      'Her successor in the seat, Claire Castellano-Rees, fought back tears as she recalled canvassing for Dame Agatha as a teenager.',
      '‘She taught me that you knock on every door, even the ones with the dog,’ she said.',
    ]);
    expect(sure(res, 'She taught me')).toBe('Claire Castellano-Rees');
  });
  it('"… fought back tears as Dame Agatha’s daughter, Mair Penhollow, recalled …" names a rival: not surely Castellano-Rees', () => {
    const res = analyzeParagraphs([
      ...opening,
      'Her successor in the seat, Claire Castellano-Rees, fought back tears as Dame Agatha’s daughter, Mair Penhollow, recalled the campaigns.',
      '‘She taught me that you knock on every door, even the ones with the dog,’ she said.',
    ]);
    expect(sure(res, 'She taught me')).not.toBe('Claire Castellano-Rees');
  });
});

describe('round 61: one who "asked for" something made a request, and answers no one', () => {
  const story = (ask: string) => [
    'A court adjourned the trial of a former pension fund administrator on Thursday.',
    'Counsel to the prosecution, Chukwudi Nwachukwu-Ede, told the court the agency was ready to call its first witnesses.',
    `Defence counsel Oluwadamilare Adeyinka-Bello ${ask} “We cannot be expected to read four thousand pages in five days,” he said.`,
  ];
  it('"Defence counsel … asked for a short adjournment. “…,” he said." is defence counsel', () => {
    const res = analyzeParagraphs(story('asked for a short adjournment to review the documents.'));
    expect(sure(res, 'We cannot be expected')).toBe('Oluwadamilare Adeyinka-Bello');
  });
  it('"… asked whether the prosecution had served every page. “…,” he said." may be the prosecutor answering', () => {
    const res = analyzeParagraphs(story('asked whether the prosecution had served every page.'));
    expect(sure(res, 'We cannot be expected')).not.toBe('Oluwadamilare Adeyinka-Bello');
  });
});

describe('round 61: "That is how NAME remembers …" or "… found out" after an opening quote names whose it was', () => {
  it('"“I spent my first term in my room.” / That is how Tobiah Oyelaran-Fisch, now a third-year student, remembers arriving on campus." is his', () => {
    const res = analyzeParagraphs([
      '“I spent my first term in my room. I went to two lectures.”',
      'That is how Tobiah Oyelaran-Fisch, now a third-year law student at Kingsmere University, remembers arriving on campus in 2022.',
      'He now runs a peer-support scheme for first-years.',
    ]);
    expect(sure(res, 'I spent my first term')).toBe('Tobiah Oyelaran-Fisch');
  });
  it('"“I walked in and the locks had been changed.” / That is how Nkemdirim Obua, a packer, found out …" is hers', () => {
    const res = analyzeParagraphs([
      '“I walked in on Monday morning and the locks had been changed.”',
      'That is how Nkemdirim Obua, a 34-year-old packer at the Brightmoor Foods plant, found out that the company had gone into administration.',
    ]);
    expect(sure(res, 'I walked in')).toBe('Nkemdirim Obua');
  });
  it('"“Your job is gone, and you are not needed.” / That is how Nkemdirim Obua … found out …" are someone else’s words to her', () => {
    const res = analyzeParagraphs([
      '“Your job is gone, and you are not needed on Monday.”',
      'That is how Nkemdirim Obua, a 34-year-old packer at the Brightmoor Foods plant, found out that the company had gone into administration.',
    ]);
    expect(sure(res, 'Your job is gone')).not.toBe('Nkemdirim Obua');
  });
});

describe('round 61: what others "believed", in an unnamed source’s report, leaves the quote the source’s', () => {
  it('"A senior detective who asked not to be named … said investigators believed … “…”" is the detective', () => {
    const res = analyzeParagraphs([
      'Police have arrested four men over a robbery at a bureau in the city centre.',
      'A senior detective who asked not to be named because he was not authorised to speak to the media said investigators believed the robbery had been planned with help from “someone who knew when the cash would arrive.”',
    ]);
    expect(sure(res, 'someone who knew')).toBe('senior detective (unnamed)');
  });
  it('"… said a colleague had told him “…”" is still no one the story can name surely as the detective', () => {
    const res = analyzeParagraphs([
      'Police have arrested four men over a robbery at a bureau in the city centre.',
      'A senior detective who asked not to be named because he was not authorised to speak to the media said a colleague had told him the robbery was planned with help from “someone who knew when the cash would arrive.”',
    ]);
    expect(sure(res, 'someone who knew')).not.toBe('senior detective (unnamed)');
  });
});

describe('round 61: "the club said" after a nightclub the story brought in is no sure football club', () => {
  const story = (place: string) => [
    'Kinmouth Rovers defender Ellis Mbatha was arrested on Saturday night after an incident outside ' + place + ' in the town centre.',
    'He was released without charge on Sunday. Kinmouth Rovers said they were aware of the matter.',
    '“Our security staff asked a group of men to leave at about 1am,” the club said.',
  ];
  it('"… outside a nightclub … / “…,” the club said." is not surely Kinmouth Rovers', () => {
    const res = analyzeParagraphs(story('a nightclub'));
    expect(sure(res, 'Our security staff')).toBeNull();
    expect(nameOf(res, quoteOf(res, 'Our security staff').suggestedSpeakerId)).toBe('Kinmouth Rovers');
  });
  it('"… outside a takeaway …" leaves the one club the story named', () => {
    const res = analyzeParagraphs(story('a takeaway'));
    expect(sure(res, 'Our security staff')).toBe('Kinmouth Rovers');
  });
});

describe('round 61: where someone was born, before their role, is no side they belong to', () => {
  const story = (role: string) => [
    'Economist Ximena Castellanos-Ruiz, who has advised three governments on debt, told a conference in Ondara on Tuesday that the central bank had raised interest rates too slowly.',
    `‘We were warned in the spring and we waited until the autumn,’ the ${role} economist said.`,
  ];
  it('"the San Teodoro-born economist" and "the Kraków-born economist" are the one economist the story named', () => {
    expect(sure(analyzeParagraphs(story('San Teodoro-born')), 'We were warned')).toBe('Ximena Castellanos-Ruiz');
    expect(sure(analyzeParagraphs(story('Kraków-born')), 'We were warned')).toBe('Ximena Castellanos-Ruiz');
  });
  it('"the Bellfield economist", a side the story never gave her, is no sure Castellanos-Ruiz', () => {
    expect(sure(analyzeParagraphs(story('Bellfield')), 'We were warned')).not.toBe('Ximena Castellanos-Ruiz');
  });
});

describe('round 61: a nickname in quotation marks is no quote that makes the sentence’s subject unsure', () => {
  it('"Dario Conti … reserved special praise for goalkeeper Emil ‘the Cat’ Brandt … / “He’s been …,” he said." is Conti', () => {
    const res = analyzeParagraphs([
      'Dario Conti, manager of Caldwell Town, reserved special praise for goalkeeper Emil ‘the Cat’ Brandt after a sixth clean sheet in seven games.',
      '“He’s been the best player in the league since Christmas, and nobody talks about him,” he said.',
    ]);
    expect(sure(res, 'He’s been the best')).toBe('Dario Conti');
  });
  it('… while words quoted there as said leave it unsure: "… praise for Emil Brandt, who called it “a team effort” …"', () => {
    const res = analyzeParagraphs([
      'Dario Conti, manager of Caldwell Town, reserved special praise for goalkeeper Emil Brandt, who said the clean sheet was “a team effort”.',
      '“He’s been the best player in the league since Christmas, and nobody talks about him,” he said.',
    ]);
    expect(sure(res, 'He’s been the best')).not.toBe('Dario Conti');
  });
});

describe('round 61: a place the story first named as one is no rival for the subject’s "he said"', () => {
  it('"… a retired machinist from Ottumbridge, who said he had voted … “Not this time,” he said." is the machinist', () => {
    const res = analyzeParagraphs([
      'Lucía Echeverría-Brandt had been talking for barely five minutes when the crowd took over.',
      'Her opponent, former sheriff Wade Halvorsen, said the highway was not the issue. “Nobody’s asked me about four miles of road,” he said.',
      'Among the crowd was Darnell Okafor-Reyes, 63, a retired machinist from Ottumbridge, who said he had voted for Halvorsen’s party for three decades. “Not this time,” he said.',
    ]);
    expect(sure(res, 'Not this time')).toBe('Darnell Okafor-Reyes');
  });
  it('"Tregallow" named first as a place and later a subject doing something stays no one: not surely "Tregallow"', () => {
    const res = analyzeParagraphs([
      'Residents of Tregallow have complained for months about the allotments behind the church.',
      'One resident, a woman who has grown vegetables there for twenty years and asked not to be named, said the paths were impassable.',
      'Tregallow charges £12 a year for a plot. ‘It has been that price since 1998,’ she said.',
    ]);
    expect(sure(res, 'It has been that price')).not.toBe('Tregallow');
  });
});

describe('round 62: a club’s word read apart from the place before it still counts as a club', () => {
  it('"Brackenfield Town and Oxley United have both been charged … “…,” the club said." names no club surely', () => {
    const res = analyzeParagraphs([
      'Brackenfield Town and Oxley United have both been charged by the league after a brawl at the end of Saturday’s 2-2 draw.',
      'Two players from each side were sent off by the referee, Sunil Chaudhry, who needed a police escort to leave the pitch.',
      '“We accept the charge and will deal with the players involved internally,” the club said.',
    ]);
    expect(sure(res, 'We accept the charge')).toBeNull();
  });
  it('"Brackenfield Town have been charged …" alone still gives "the club said" to Brackenfield Town', () => {
    const res = analyzeParagraphs([
      'Brackenfield Town have been charged by the league after a brawl at the end of Saturday’s 2-2 draw.',
      'Two players were sent off by the referee, Sunil Chaudhry, who needed a police escort to leave the pitch.',
      '“We accept the charge and will deal with the players involved internally,” the club said.',
    ]);
    expect(sure(res, 'We accept the charge')).toBe('Brackenfield Town');
  });
});

describe('round 62: one word set off before a pronoun’s "said" with no comma after is where or when, no one', () => {
  it('"Backstage, she said the win still had not sunk in. “…,” she said." names no "Backstage"', () => {
    const res = analyzeParagraphs([
      'The singer Temitope Adeyemi-Banks was named album of the year at the Northern Sound Awards on Thursday night.',
      'Backstage, she said the win still had not sunk in. “Ask me in a week,” she said.',
    ]);
    expect(res.cast.some((c) => c.name === 'Backstage')).toBe(false);
    expect(speakerOf(res, 'Ask me in a week')).not.toBe('Backstage');
  });
  it('"Okonkwo, he said, had …" keeps Okonkwo a name', () => {
    expect(analyzeParagraphLocal('Okonkwo, he said, had been the best player on the pitch.').mentions.some((m) => m.name === 'Okonkwo')).toBe(true);
    expect(analyzeParagraphLocal('Backstage, she said the win still had not sunk in.').mentions.some((m) => m.name === 'Backstage')).toBe(false);
  });
});

describe('round 62: an attaché is a person with a role', () => {
  it('"A Western military attaché in the capital, who asked not to be named, said … “…”" is the attaché, not "the capital"', () => {
    const res = analyzeParagraphs([
      'An airstrike hit a fuel depot near the town of Hrabove on Tuesday.',
      'A Western military attaché in the capital, who asked not to be named, said both accounts were “probably partly true, as usual.”',
    ]);
    expect(sure(res, 'probably partly true')).toBe('Western military attaché in the capital (unnamed)');
  });
});

describe('round 62: a counter is a shop’s, no one who counts', () => {
  it('"A hand-painted sign above his counter reads: “…”" gives the words to no "counter"', () => {
    const res = analyzeParagraphs([
      'Mehmet Ali Yıldırım has cut keys in the same three square metres of the bazaar’s outer wall since 1977.',
      'A hand-painted sign above his counter reads: “No key is impossible. Some are expensive.”',
    ]);
    expect(res.cast.some((c) => /counter/.test(c.name))).toBe(false);
    expect(sure(res, 'No key is impossible')).toBeNull();
  });
});

describe('round 62: the wire lede’s unnamed official, named as the next paragraph’s quote says whose it is', () => {
  const story = (who: string) => [
    'Famine is ‘likely within weeks’ in the besieged town of Umm Shajara unless aid convoys are allowed through, a senior aid official has warned.',
    `‘We have people eating animal fodder,’ said Dr Eleanor Achterberg-Mensah, ${who} at the International Federation for Child Nutrition.`,
  ];
  it('"… a senior aid official has warned. / ‘…,’ said Dr Eleanor Achterberg-Mensah, regional director …" suggests her, surely no unnamed official', () => {
    const res = analyzeParagraphs(story('regional director for East and Southern Africa'));
    expect(sure(res, 'likely within weeks')).toBeNull();
    expect(nameOf(res, quoteOf(res, 'likely within weeks').suggestedSpeakerId)).toBe('Eleanor Achterberg-Mensah');
  });
  it('"… said Dr Eleanor Achterberg-Mensah, a senior official …" (the lede’s very role) is not made unsure', () => {
    const res = analyzeParagraphs(story('a senior official'));
    expect(sure(res, 'We have people')).toBe('Eleanor Achterberg-Mensah');
    expect(sure(res, 'likely within weeks')).not.toBeNull();
  });
});

describe('round 62: "thanked" never goes before its own subject', () => {
  it('"Their employer, the Geneva-based charity Sahel Health Partners, thanked the authorities in Niger “…”" is the charity', () => {
    const res = analyzeParagraphs([
      'Two aid workers held for five months by an armed group were freed on Saturday, their employer said.',
      'Their employer, the Geneva-based charity Sahel Health Partners, thanked the authorities in Niger “and all those who worked discreetly for their release.”',
    ]);
    expect(sure(res, 'and all those who worked')).toBe('Sahel Health Partners');
  });
  it('"…, said the authorities in Niger, “…”" after a comma is still the inverted speaker', () => {
    const cue = analyzeParagraphLocal('The talks went well, said the authorities in Niger, “and all those who worked for the release.”').quotes[0]!.cue;
    expect(cue.text).toBe('authorities in Niger');
  });
});

describe('round 62: words that "nobody" says are no one’s', () => {
  it('"Nobody ever stands up at a public meeting and says “…”, she added." names no one surely for the words', () => {
    const res = analyzeParagraphs([
      'Meera Pillai, director of the Haven Women’s Trust, said the leaflets were “deeply hurtful”.',
      'Nobody ever stands up at a public meeting and says “I don’t want homeless women near my house”, she added.',
    ]);
    expect(sure(res, 'I don’t want homeless women')).toBeNull();
  });
  it('"Everybody stands up … and says “…”, she added." is still read by its cue', () => {
    const cue = analyzeParagraphLocal('Her neighbour stands up at every meeting and says “I don’t want a hostel near my house”, she added.').quotes[0]!.cue;
    expect(cue.cue).not.toBe('nobody');
  });
});

describe('round 62: a reporter the story never names, pressing a question, and the answer after', () => {
  it('"“Then when?” the reporter pressed. / “…,” he said." gives the question to the reporter and the answer to the minister', () => {
    const res = analyzeParagraphs([
      'The transport minister, Osvaldo Brennan-Achebe, said on Friday that the new bridge would open late.',
      'Asked by a reporter whether the delay would cost the government money, he shook his head. “Not a cent more,” he said.',
      '“Then who pays?” the reporter pressed.',
      '“The contractor, as the contract says,” he said.',
    ]);
    expect(sure(res, 'Then who pays?')).toBe('reporter (unnamed)');
    expect(sure(res, 'The contractor, as the contract says')).toBe('Osvaldo Brennan-Achebe');
  });
  it('a paragraph of quotes only after the reporter’s follow-up is the answer of the one it followed', () => {
    const res = analyzeParagraphs([
      'Press secretary Marguerite Lindqvist-Obi took questions on Thursday about the cancelled state visit.',
      '“Did the palace ask for the delay?” one reporter asked.',
      '“The dates did not suit either side,” Lindqvist-Obi said.',
      '“So the palace asked?” the reporter pressed.',
      '“I have nothing to add to what I said.”',
    ]);
    expect(sure(res, 'So the palace asked?')).toBe('reporter (unnamed)');
    expect(sure(res, 'I have nothing to add')).toBe('Marguerite Lindqvist-Obi');
  });
  it('a reporter the story named, pressing, is that reporter', () => {
    const res = analyzeParagraphs([
      'Press secretary Marguerite Lindqvist-Obi took questions on Thursday. The reporter, Hannah Vose of the Courier, asked about the visit.',
      '“So the palace asked?” the reporter pressed.',
    ]);
    expect(speakerOf(res, 'So the palace asked?')).toBe('Hannah Vose');
  });
  it('"A reporter from a Moroccan weekly said: “…”" is the reporter, never the weekly', () => {
    const res = analyzeParagraphs([
      'The jury president, Ingrid Solheim-Baptiste, was asked about the selection at the opening press conference.',
      'A reporter from a Moroccan weekly said: “But you chose to sit on this jury. Is that not a judgment?”',
    ]);
    expect(sure(res, 'But you chose to sit on this jury')).toBe('reporter from a Moroccan weekly (unnamed)');
    expect(res.cast.some((c) => c.name === 'Moroccan weekly')).toBe(false);
  });
});

describe('round 62: the lede’s role, given by the phrase set off after the next paragraph’s opening name', () => {
  it('"… accused by the chair of a committee of “…”. / Deborah Ashcombe-Reid, who chairs the committee, pressed …" is hers, surely', () => {
    const res = analyzeParagraphs([
      'A senior civil servant was accused by the chair of a parliamentary committee of “stonewalling” on Wednesday.',
      'Philippa Oduya-Marsh, who chairs the Public Accounts Committee, pressed the official on why the contract had not been put out to tender.',
    ]);
    expect(sure(res, 'stonewalling')).toBe('Philippa Oduya-Marsh');
  });
  it('a name whose phrase gives another role stays a suggestion', () => {
    const res = analyzeParagraphs([
      'A senior civil servant was accused by the chair of a parliamentary committee of “stonewalling” on Wednesday.',
      'Philippa Oduya-Marsh, a member of the committee, pressed the official on why the contract had not been put out to tender.',
    ]);
    expect(sure(res, 'stonewalling')).toBeNull();
  });
});

describe('round 62: a journalist by the paper their name goes with, who puts the questions after', () => {
  const qa = (intro: string) => analyzeParagraphs([
    `Folasade Okonjo-Brandt, 41, runs the only bakery on the island of Inchmore. ${intro} The interview has been edited for length.`,
    'Q: “Why bread, and why here?”',
    'A: “Because nobody else would get up at four. I tried to sell the ovens twice.”',
    'Q: “What does a winter look like?”',
    'A: “Quiet, and the ferry runs when it likes. I bake half as much and worry twice as much.”',
  ]);
  it('"She spoke to Island Weekly’s Torquil MacRae." makes him the asker and her the one answering', () => {
    const res = qa('She spoke to Island Weekly’s Torquil MacRae between batches.');
    expect(sure(res, 'Why bread, and why here?')).toBe('Torquil MacRae');
    expect(sure(res, 'Because nobody else would get up at four')).toBe('Folasade Okonjo-Brandt');
    expect(sure(res, 'Quiet, and the ferry runs')).toBe('Folasade Okonjo-Brandt');
  });
  it('"She spoke to Torquil MacRae of the Inchmore Herald." too', () => {
    const res = qa('She spoke to Torquil MacRae of the Inchmore Herald between batches.');
    expect(sure(res, 'What does a winter look like?')).toBe('Torquil MacRae');
  });
});

describe('round 62: "the company" and the organisations in reach', () => {
  it('a paper is no "company" when its owner, a firm, is in reach: "the company said" is the owner', () => {
    const res = analyzeParagraphs([
      'The Upper Teme Chronicle, a weekly newspaper founded in 1881, will print its last edition on Friday.',
      'Harrowgate Regional Publishing, which bought the title in 2014, said advertising had fallen by half. “We looked at every option, including a sale,” the company said.',
    ]);
    expect(sure(res, 'We looked at every option')).toBe('Harrowgate Regional Publishing');
  });
  it('the paper alone in reach is still "the company" when it is the one named', () => {
    const res = analyzeParagraphs([
      'The Upper Teme Chronicle will print its last edition on Friday after 143 years.',
      '“We looked at every option, including a sale,” the company said.',
    ]);
    expect(speakerOf(res, 'We looked at every option')).toBe('Upper Teme Chronicle');
  });
  it('a place named as "the village of Little Marden" is no rival for "the company"', () => {
    const res = analyzeParagraphs([
      'When Trevor Alcott-Rees finishes his round in the village of Little Marden on Friday, it will be the last milk delivery in the district.',
      'The dairy that supplies him, Marden Vale Dairies, is closing its delivery arm. In a letter to customers, the company said doorstep delivery was “no longer viable”.',
    ]);
    expect(sure(res, 'no longer viable')).toBe('Marden Vale Dairies');
  });
});

describe('round 62: a source "not authorised to speak" is the one speaking', () => {
  it('"Asked whether …, a senior officer who was not authorised to speak to the media said: “…”" is that officer, surely', () => {
    const res = analyzeParagraphs([
      'Three fishermen missing for a week off the coast of Mauritania were found alive on Sunday, the coastguard said.',
      'Asked whether the men had been held by smugglers, a senior officer who was not authorised to speak to the media said: “They were lost, nothing more. The engine failed.”',
    ]);
    expect(sure(res, 'They were lost, nothing more')).toBe('senior officer (unnamed)');
  });
});

describe('round 62: a name set off after a role at a body the story names is a person', () => {
  it('"According to her editor at Fernhill Press, Joachim Brandt, … “…,” he said." is Brandt', () => {
    const res = analyzeParagraphs([
      'Amara Nwachukwu-Lindqvist wrote her first poem on the back of a bus ticket.',
      'According to her agent at Whitlow Literary, Ruairí Feeney-Castell, the book was nearly lost. “She deleted it twice,” he said.',
    ]);
    expect(res.cast.some((c) => c.name === 'Ruairí Feeney-Castell')).toBe(true);
    expect(sure(res, 'She deleted it twice')).toBe('Ruairí Feeney-Castell');
  });
  it('a firm set off after a word for what a firm is to someone ("owner") is no person', () => {
    expect(analyzeParagraphLocal('The pub’s owner at Dunmere Quay, Wearside Taverns, said it would reopen.').mentions.find((m) => m.name === 'Wearside Taverns')?.type).not.toBe('person');
  });
});

describe('round 62: a body named by the people it is of is a body of its own', () => {
  it('"The musicians’ union said … / “…,” the union said" after the broadcaster RTK is the union, never RTK', () => {
    const res = analyzeParagraphs([
      'The public broadcaster RTK will close its two regional choirs and cut 200 jobs, it said on Tuesday.',
      'The singers’ union said it would ballot members on strike action.',
      '“This is vandalism dressed up as thrift,” the union said in a statement.',
    ]);
    expect(speakerOf(res, 'This is vandalism dressed up as thrift')).not.toBe('RTK');
    expect(sure(res, 'This is vandalism dressed up as thrift')).toBe('the union');
  });
});

describe('round 62: a transcript that gives its turns in quotation marks quotes only those', () => {
  it('one turn left out of the marks among quoted turns is no quote', () => {
    const res = analyzeParagraphs([
      'What follows is an edited excerpt from Tuesday’s Breakfast Line, in which presenter Orla Dunphy spoke to listener Keshav Raman about his lost cat.',
      'DUNPHY: “Keshav, you’re on the air. Tell us what happened.”',
      'RAMAN: “A man rang me from a farm near Carlow. He said, have you lost a grey cat.”',
      'DUNPHY: “Three years, though. How did he find you?”',
      'RAMAN: “The microchip. The vet still had my number.”',
      'DUNPHY: And what’s her name?',
      'RAMAN: “Pebble. She is called Pebble, and she is fatter than when she left.”',
    ]);
    expect(res.quotes.some((q) => q.text.includes('what’s her name'))).toBe(false);
    expect(sure(res, 'Pebble. She is called Pebble')).toBe('Keshav Raman');
  });
  it('questions never in marks while every answer is are the transcript’s own words', () => {
    const res = analyzeParagraphs([
      'For this month’s Maker Spotlight, Timber Monthly spoke to the furniture maker Claire Kerbrat, who builds about twenty chairs a year in Quimper.',
      'Q: How did you start?',
      'A: “I sat on my grandfather’s chair and it broke. I was too scared to tell him, so I mended it.”',
      'Q: What wood do you prefer?',
      'A: “Whatever falls in a storm. I do not cut trees.”',
    ]);
    expect(res.quotes.some((q) => q.text.startsWith('How did you start'))).toBe(false);
    expect(res.quotes.some((q) => q.text.startsWith('What wood'))).toBe(false);
    expect(sure(res, 'Whatever falls in a storm')).toBe('Claire Kerbrat');
  });
  it('a transcript that puts no turn in marks keeps every turn as a quote', () => {
    const res = analyzeParagraphs([
      'Timber Monthly spoke to the furniture maker Claire Kerbrat in Quimper.',
      'Q: How did you start?',
      'A: I sat on my grandfather’s chair and it broke.',
      'Q: What wood do you prefer?',
      'A: Whatever falls in a storm.',
    ]);
    expect(res.quotes.some((q) => q.text.startsWith('How did you start'))).toBe(true);
    expect(res.quotes.some((q) => q.text.startsWith('Whatever falls'))).toBe(true);
  });
});

describe('round 62 review: the lede’s role and the next paragraph kept to where they hold', () => {
  const lede = 'A council planning officer was accused by the chair of a scrutiny committee of “burying the flood report” on Thursday.';
  it('"…, the committee’s deputy chair, …" is no chair: the accusation stays unsure', () => {
    const res = analyzeParagraphs([lede, 'Halvard Okonjo-Reyes, the committee’s deputy chair, said he had read the report twice.']);
    expect(sure(res, 'burying the flood report')).toBeNull();
  });
  it('"…, who chairs a separate committee, …" is no chair of this one', () => {
    const res = analyzeParagraphs([lede, 'Halvard Okonjo-Reyes, who chairs a separate committee on housing, said he had read the report twice.']);
    expect(sure(res, 'burying the flood report')).toBeNull();
  });
  it('a minister replying to the lede’s warning is not suggested as the official who warned', () => {
    const res = analyzeParagraphs([
      '‘Half the rural clinics will shut by spring,’ a senior health official has warned.',
      '‘No clinic will close because of this government,’ said Health Minister Oriane Kessler-Mbeki, replying to the warning in parliament.',
    ]);
    expect(speakerOf(res, 'Half the rural clinics')).not.toBe('Oriane Kessler-Mbeki');
    expect(quoteOf(res, 'Half the rural clinics')?.suggestedSpeakerId ?? null).not.toBe(res.cast.find((c) => c.name === 'Oriane Kessler-Mbeki')?.id);
  });
});

describe('round 62 review: a Q and A’s journalist never answers', () => {
  it('"She spoke to Tomas Havlicek of Market Week." makes him the asker, not the one answering', () => {
    const res = analyzeParagraphs([
      'Adaeze Korvald-Nnaji became chief executive of the country’s largest building society, Harlowe Mutual, in January. She spoke to Mikkel Havrane of Market Week.',
      'Q: “Will you close branches?”',
      'A: “Not while people are still using them.”',
    ]);
    expect(speakerOf(res, 'Not while people are still using them')).not.toBe('Mikkel Havrane');
    expect(sure(res, 'Will you close branches?')).toBe('Mikkel Havrane');
  });
  it('"Our legal affairs correspondent, Priyanka Holm, spoke to …" is never the one answering', () => {
    const res = analyzeParagraphs([
      'A landlord who evicted forty tenants without notice was ordered last week to pay them compensation. Our legal affairs correspondent, Ilse Marchetti-Obi, spoke to the barrister who won the case, Temperance Adjei-Lund.',
      'Q: “Did you expect to win?”',
      'A: “I expected to be right. Winning is a different matter.”',
    ]);
    expect(speakerOf(res, 'I expected to be right')).not.toBe('Ilse Marchetti-Obi');
    expect(quoteOf(res, 'I expected to be right')?.suggestedSpeakerId ?? null).not.toBe(res.cast.find((c) => c.name === 'Ilse Marchetti-Obi')?.id ?? 'none');
  });
});

describe('round 63: a reporter who asked does not answer', () => {
  it('"One reporter asked whether he had met the developer. “…,” he replied." is the one asked', () => {
    const res = analyzeParagraphs([
      'Prime Minister Anselm Vukovic-Farrugia said on Monday that he knew nothing of the land deal now under investigation.',
      'One reporter asked whether he had ever met the developer. “I meet hundreds of people every month,” he replied. “I cannot remember every handshake.”',
    ]);
    expect(sure(res, 'I meet hundreds of people')).toBe('Anselm Vukovic-Farrugia');
    expect(sure(res, 'I cannot remember every handshake')).toBe('Anselm Vukovic-Farrugia');
  });
  it('a question after "One reporter asked" with a pronoun stays the reporter’s to read', () => {
    const res = analyzeParagraphs([
      'Prime Minister Anselm Vukovic-Farrugia said on Monday that he knew nothing of the land deal.',
      'One reporter stood up. “Did you ever meet the developer?” he asked.',
    ]);
    expect(sure(res, 'Did you ever meet the developer?')).not.toBe('Anselm Vukovic-Farrugia');
  });
});

describe('round 63: two given names the lexicon does not know before one surname', () => {
  it('"Ngozi and Callum Ferraby … Mrs Ferraby said:" never gives the words to Callum surely', () => {
    const res = analyzeParagraphs([
      'Ifunanya and Rhoderick Ashgrove had their claim turned down by the insurer after the flood.',
      'Mrs Ashgrove said: “We paid our premiums for eleven years.”',
    ]);
    expect(sure(res, 'We paid our premiums')).not.toBe('Rhoderick Ashgrove');
  });
  it('a place before "and" and a name stays a place ("from Norwich and Callum Ashgrove" is no couple)', () => {
    const res = analyzeParagraphs(['Visitors from Norwich and Callum Ashgrove met on Friday.', '“It went well,” Ashgrove said.']);
    expect(sure(res, 'It went well')).toBe('Callum Ashgrove');
  });
});

describe('round 63: the one who asked, named after "Asked by", is not the one answering', () => {
  it('"Asked by the coroner, Tobias Mensah-Holt, whether …, he said: “…”" is the driver, surely', () => {
    const res = analyzeParagraphs([
      'A police driver has told an inquest he followed a motorcycle for four minutes before it crashed.',
      'PC Rhodri Llewellyn-Price, an advanced driver with Crossmere Police, said the rider had failed to stop.',
      'Asked by the coroner, Ambrose Kettering-Oyelaran, whether he had considered abandoning the pursuit, he said: “Yes, continuously. That is what you are trained to do.”',
    ]);
    expect(speakerOf(res, 'Yes, continuously')).not.toBe('Ambrose Kettering-Oyelaran');
    expect(sure(res, 'Yes, continuously')).toBe('Rhodri Llewellyn-Price');
  });
});

describe('round 63: a person with a word before their noun, at a body no one named', () => {
  it('"A currency trader at a London bank said: “…”" is the trader, never the bank', () => {
    const res = analyzeParagraphs([
      'Sterling slipped on Tuesday after weaker wage figures.',
      'A currency trader at a London bank said: “It was quiet until seven and then it was a stampede.”',
    ]);
    expect(speakerOf(res, 'It was quiet until seven')).not.toBe('London bank');
    expect(sure(res, 'It was quiet until seven')).toBe('currency trader at a London bank (unnamed)');
  });
});

describe('round 63: "a note that read:" is the note’s, never the one who found it', () => {
  it('"Staff found the cheque along with a handwritten note that read: “…”" names no staff', () => {
    const res = analyzeParagraphs(['Staff at St Aidan’s Hospice found the cheque on Monday along with a handwritten note that read: “For the nurses who sat with my wife. Thank you.”']);
    expect(speakerOf(res, 'For the nurses who sat with my wife')).not.toBe('Staff at St Aidan’s Hospice');
  });
  it('"said in a statement that demand had been “robust”" is still the speaker’s', () => {
    const res = analyzeParagraphs(['The finance ministry’s debt agency said in a statement that demand at recent auctions had been “robust”.']);
    expect(speakerOf(res, 'robust')).not.toBe('statement');
  });
});

describe('round 63: a judge nobody in the story is named as presides unnamed', () => {
  it('"… identified only as Ruud V. … “…,” the presiding judge said." is the judge, unnamed, never the defendant', () => {
    const res = analyzeParagraphs([
      'A court in Antwerp on Thursday sentenced a former customs officer to nine years in prison for smuggling.',
      'The 51-year-old man, identified under privacy rules only as Joris D., was found to have waved containers through.',
      '“The defendant sold his position of trust for money,” the presiding judge said.',
    ]);
    expect(speakerOf(res, 'The defendant sold his position')).not.toBe('Joris D.');
    expect(sure(res, 'The defendant sold his position')).toBe('judge (unnamed)');
  });
  it('"This year’s judge, retired headteacher Arthur Penwarden, said …" is not made an unnamed judge', () => {
    const res = analyzeParagraphs([
      'The scarecrow trail returns this weekend.',
      'This year’s judge, retired headteacher Hamish Trelawney, said he would be “looking for wit rather than woodwork”.',
    ]);
    expect(speakerOf(res, 'looking for wit')).not.toBe('judge (unnamed)');
  });
});

describe('round 63: "the family of a man" is the family, not the man named next', () => {
  it('"The family of a man murdered in 2008 say they are “devastated” … / Darren Kilbride was jailed …" is never Kilbride', () => {
    const res = analyzeParagraphs([
      'The family of a man murdered in 2009 say they are “devastated” after the Parole Board ruled that his killer can be released.',
      'Gareth Pennock was jailed for life for the murder of Colin Arbery, 45, who was stabbed during a row at a pub.',
    ]);
    expect(speakerOf(res, 'devastated')).not.toBe('Gareth Pennock');
  });
});

describe('round 63: a landlady is a person with a trade', () => {
  it('"Landlady Rosalind Pettifer, who has run the pub with her sister, Margaret Pettifer-Hale, …, said … “…,” she said." is never surely the sister', () => {
    const res = analyzeParagraphs([
      'Landlady Winifred Aldersey, who has run the pub with her sister, Mildred Aldersey-Crane, since 2009, said rising bills had made it impossible to carry on.',
      '“Our electricity went from £900 a quarter to £3,400,” she said.',
    ]);
    expect(res.cast.some((c) => c.name === 'Winifred Aldersey')).toBe(true);
    expect(sure(res, 'Our electricity went')).not.toBe('Mildred Aldersey-Crane');
  });
});

describe('round 63: someone new after a time of two words with no comma', () => {
  it('"Last week one woman stood in the doorway and wept … / “…,” she told a nurse." is that woman, not the ward sister', () => {
    const res = analyzeParagraphs([
      'Ward sister Eluned Prothero-Achebe says the sessions reduce the need for sedation.',
      'Last week one woman stood in the doorway and wept as her husband sang the whole hymn without a mistake.',
      '“He hasn’t said my name in a year,” she told a nurse afterwards.',
    ]);
    expect(speakerOf(res, 'He hasn’t said my name')).not.toBe('Eluned Prothero-Achebe');
  });
});

describe('round 63: a victim named after her age, after "one of the victims"', () => {
  it('"In a statement read to the court, one of the victims, 79-year-old Doris Pardoe, said … / “…,” she said." is that victim, for sure', () => {
    const res = analyzeParagraphs([
      'Judge Imelda Castleford said the defendant had shown “no remorse at all”.',
      '“You picked people who could not fight back,” she told him.',
      'In a statement read to the court, one of the victims, 79-year-old Doris Pardoe, said she now kept the curtains shut all day.',
      '“I used to sit in the garden every afternoon,” she said.',
    ]);
    expect(sure(res, 'I used to sit in the garden')).toBe('Doris Pardoe');
  });
  it('"One victim, 79-year-old Doris Pardoe, said …" makes her the subject too', () => {
    const res = analyzeParagraphs([
      'Judge Imelda Castleford said the defendant had shown “no remorse at all”.',
      '“You picked people who could not fight back,” she told him.',
      'One victim, 79-year-old Doris Pardoe, said she now kept the curtains shut all day.',
      '“I used to sit in the garden every afternoon,” she said.',
    ]);
    expect(sure(res, 'I used to sit in the garden')).toBe('Doris Pardoe');
  });
});

describe('round 63: a street named after "in" is no rival for the subject before it', () => {
  it('"Shop owner Stephen Arkwright had his van taken from outside his flat in Marston Drive. “…,” he said." is Arkwright, for sure', () => {
    const res = analyzeParagraphs([
      'Inspector Colin Calloway said: “Most of these thefts take less than a minute.”',
      'Shop owner Stephen Arkwright had his van taken from outside his flat in Marston Drive on Tuesday. “I never heard a thing,” he said.',
    ]);
    expect(sure(res, 'I never heard a thing')).toBe('Stephen Arkwright');
  });
});

describe('round 63: the named subject of the paragraph just before, no one else of the gender since', () => {
  it('"Candidate Derek Ainsworth drew jeers when he blamed … Fenwick shook her head as he spoke. / “…,” he said." is that candidate, for sure', () => {
    const res = analyzeParagraphs([
      'Liberal candidate Graham Pemberton-Hale said: “We will build, and we will build fast.”',
      'Green candidate Marjorie Fenwick said the problem was empty homes. “Start there,” she said.',
      'Independent candidate Derek Ainsworth drew jeers when he blamed incomers for the shortage. Fenwick shook her head as he spoke.',
      '“I know nobody wants to hear it,” he said. “But it needs saying.”',
    ]);
    expect(sure(res, 'I know nobody wants to hear it')).toBe('Derek Ainsworth');
  });
  it('not when another man is the subject of a sentence after him', () => {
    const res = analyzeParagraphs([
      'Liberal candidate Graham Pemberton-Hale said: “We will build, and we will build fast.”',
      'Independent candidate Derek Ainsworth drew jeers when he blamed incomers for the shortage. Pemberton-Hale rolled his eyes.',
      '“I know nobody wants to hear it,” he said.',
    ]);
    expect(sure(res, 'I know nobody wants to hear it')).not.toBe('Derek Ainsworth');
  });
  it('"Judge Margaret Holloway said: ‘…’ / …, the pedestrian’s mother, Susan Marwood, said … / ‘…,’ she said." is the mother, for sure: the judge spoke before her paragraph, which is not "Her …"', () => {
    const res = analyzeParagraphs([
      'Sentencing him on Friday, Judge Margaret Holloway said: ‘You chose to look at your phone rather than the road.’',
      'In a statement read to the court, the pedestrian’s mother, Susan Marwood, said her son had been ‘the kindest boy on the street’.',
      '‘I still set a place for him at the table,’ she said.',
    ]);
    expect(sure(res, 'I still set a place')).toBe('Susan Marwood');
  });
});

describe('round 63: someone new, the subject of the paragraph just before, after another spoke', () => {
  it('"“…,” said Dr Anand Ramaswamy-Clarke. / Among the first patients was retired fitter Ellory Okonedo, 74, … / “…,” he said." is the patient, for sure', () => {
    const res = analyzeParagraphs([
      'A £30 million eye hospital has opened in Kelsford, ending a 60-mile journey for thousands of patients.',
      '“For years we sent people across two counties for a ten-minute injection,” said consultant surgeon Dr Anand Ramaswamy-Clarke. “That stops now.”',
      'Among the first patients was retired fitter Ellory Okonedo, 74, who is being treated for macular degeneration.',
      '“Last winter,” he said, “I spent more time on the coach than in the clinic.”',
    ]);
    expect(sure(res, 'Last winter')).toBe('Ellory Okonedo');
  });
});

describe('round 63: the agent of a passive, described after the name, may be the "he" after it', () => {
  it('"The problems were first spotted by Dr Olufemi Barrington-Oyo, a specialist … He said … “…”. / “…,” he said." is never surely the author quoted before', () => {
    const res = analyzeParagraphs([
      'A journal has withdrawn a study on sleep and memory after its images were found to be altered.',
      'The lead author, Professor Thaddeus Kowalik of the Baltic Sleep Institute, said he had not known of the problem.',
      '“I trusted my team, and I was wrong to,” he said.',
      'The problems were first spotted by Dr Olufemi Barrington-Oyo, a specialist in image forensics who has checked thousands of papers. He said the copied panels were “obvious to anyone who looked”.',
      '“This paper was cited hundreds of times,” he said.',
    ]);
    expect(sure(res, 'obvious to anyone')).not.toBe('Thaddeus Kowalik');
    expect(sure(res, 'This paper was cited')).not.toBe('Thaddeus Kowalik');
  });
});

describe('round 63: a role with an age, for the one person named so far', () => {
  it('"Moira Delahunt won the seat … / supporters began to chant … / “…,” the 44-year-old teacher said" is Delahunt, for sure', () => {
    const res = analyzeParagraphs([
      'Moira Delahunt won the Ashby West seat by 300 votes early on Friday, ending 18 years of Liberal control.',
      'As the returning officer read out the totals, supporters at the back of the leisure centre began to cheer.',
      '“This belongs to everyone who knocked on a door,” the 44-year-old teacher said in her acceptance speech.',
    ]);
    expect(sure(res, 'This belongs to everyone')).toBe('Moira Delahunt');
  });
  it('not when the story named two people before it', () => {
    const res = analyzeParagraphs([
      'Moira Delahunt won the Ashby West seat by 300 votes early on Friday, beating Helen Carrow.',
      'As the returning officer read out the totals, supporters at the back of the leisure centre began to cheer.',
      '“This belongs to everyone who knocked on a door,” the 44-year-old teacher said in her acceptance speech.',
    ]);
    expect(sure(res, 'This belongs to everyone')).toBeNull();
  });
});

describe('round 64: a reply to words that spoke of her', () => {
  it('"“She tells everyone that like it is a cricket score,” Kettering says. / “It is a wonderful score,” she says." is never surely Kettering', () => {
    const res = analyzeParagraphs([
      'Two hives sit on the roof of a multi-storey car park in Leeds. They belong to Margaret Oyelaran, 70, a retired librarian, and her partner, Ifeoma Kettering, 34, a former bus driver.',
      '“We met at a gardening club where everyone else was called Derek,” Oyelaran says.',
      '“There were four Dereks. I kept count,” Kettering says.',
      'Oyelaran was stung 180 times last summer. She keeps a tally on the back of the shed door.',
      '“She tells everyone that like it is a cricket score,” Kettering says. “It is not a good score.”',
      '“It is a wonderful score,” she says. “It means I was out there.”',
    ]);
    expect(sure(res, 'It is a wonderful score')).not.toBe('Ifeoma Kettering');
  });
});

describe('round 64: words that open by calling the one before them by name', () => {
  it('"Her latest note was different, he says. ‘Rashid, if the line goes quiet, do not worry.’" is never surely Rashid, though the lexicon does not know the name', () => {
    const res = analyzeParagraphs([
      'For a month, Dr Samira Khoury has been sending voice notes from a field hospital to a former colleague in Beirut, Dr Rashid Haddad, who has shared them with this paper.',
      '‘Today the power failed twice. We worked by torchlight,’ she says in one.',
      'Haddad says he plays them to his students. ‘I want them to hear it,’ he says.',
      'Her latest note, on Monday, was different, he says. ‘Rashid, if the line goes quiet, do not worry. The signal is poor.’',
    ]);
    expect(sure(res, 'Rashid, if the line goes quiet')).not.toBe('Rashid Haddad');
  });
});

describe('round 64: a surname with "den" in it is a person’s', () => {
  it('"According to Liesbeth Van den Bossche, who keeps 200 ewes …, “…” / “…,” she added." is a person, and hers for sure', () => {
    const res = analyzeParagraphs([
      'A lynx has been filmed in the Ardennes for the first time in decades, the regional wildlife agency said.',
      '“It is probably a young animal looking for territory,” said Pieter Janssens, an ecologist with the agency.',
      'Sheep farmers are less pleased. According to Liesbeth Van den Bossche, who keeps 200 ewes near the forest, “nobody in the city has to lie awake listening for it.”',
      '“I am not against the lynx. I am against paying for it,” she added.',
    ]);
    expect(res.cast.find((c) => c.name === 'Liesbeth Van den Bossche')?.kind).toBe('person');
    expect(sure(res, 'I am not against the lynx')).toBe('Liesbeth Van den Bossche');
  });
});

describe('round 64: after a reply, the story going on with the one who replied as "she"', () => {
  it('"“They are tired? …,” Solvang replied. / “I understand fatigue.” / She said the agency would cut …" is never surely the reporter', () => {
    const res = analyzeParagraphs([
      'In an interview with this programme, Ingrid Solvang, the head of the Northern Relief Agency, was asked whether the agency could last the winter.',
      '“No,” she said. “Not even close.”',
      'Our reporter Tomasz Wiercinski put it to her: “Governments say they are tired of paying for the same emergencies.”',
      '“They are tired? Try living in a tent,” Solvang replied.',
      '“I understand fatigue. I do not accept it as an excuse.”',
      'She said the agency would cut food aid in four countries next month.',
    ]);
    expect(sure(res, 'I understand fatigue')).not.toBe('Tomasz Wiercinski');
  });
});

describe('round 64: the journalist set off before "spoke to her" asks a Q and A’s questions', () => {
  it('"Our science correspondent, Felix Ambrose, spoke to her at the … Observatory. / Q: “…” / A: “…”" gives the questions to him and the answers to her', () => {
    const res = analyzeParagraphs([
      'Dr Hanne Sorvik spent nine years building the camera that this month photographed a comet breaking apart. Our science correspondent, Felix Ambrose, spoke to her at the Tromsholm Observatory.',
      'Q: “How did you feel when you first saw the images?”',
      'A: “Honestly? Suspicious. You try to prove yourself wrong first.”',
      'Q: “What comes next?”',
      'A: “More telescope time, which everyone wants and nobody gets.”',
    ]);
    expect(sure(res, 'How did you feel')).toBe('Felix Ambrose');
    expect(sure(res, 'Honestly? Suspicious.')).toBe('Hanne Sorvik');
    expect(sure(res, 'More telescope time')).toBe('Hanne Sorvik');
  });
});

describe('round 64: a Q and A introduced after a dateline', () => {
  it('"OSLO — Henrik Voll, the trade minister of Norland, spoke to our economics correspondent, Amara Chukwu, … / A: “…”" is the minister answering', () => {
    const res = analyzeParagraphs([
      'OSLO — Henrik Voll, the trade minister of Norland, spoke to our economics correspondent, Amara Chukwu, after the summit. The interview has been edited for length.',
      'Q: “Will you sign the deal?”',
      'A: “Not in its present form. It was written for the shipping firms.”',
    ]);
    expect(sure(res, 'Not in its present form')).toBe('Henrik Voll');
  });
});

describe('round 64: a paper that puts its readers’ questions', () => {
  it('"We put readers’ questions to the county’s head of parking services, Ifeyinwa Castellane. / Q: “…” / A: “…”" gives the questions to the readers and the answers to her', () => {
    const res = analyzeParagraphs([
      'Pay-and-display machines in Hollinbrook will take cards only from March. We put readers’ questions to the county’s head of parking services, Ifeyinwa Castellane.',
      'Q: “What if I only have coins?”',
      'A: “Every machine will keep a number you can text, and the library will sell day passes.”',
      'Q: “Will prices go up?”',
      'A: “Not this year.”',
    ]);
    expect(sure(res, 'What if I only have coins?')).toBe('readers');
    expect(sure(res, 'Every machine will keep')).toBe('Ifeyinwa Castellane');
    expect(sure(res, 'Not this year.')).toBe('Ifeyinwa Castellane');
  });
  it('a full name set off after "head of … services" is a person, not after "of the regulator"', () => {
    const res = analyzeParagraphs([
      'Residents have until Friday to comment, said the borough’s head of planning services, Tobiah Wenceslas-Orr.',
    ]);
    expect(res.cast.some((c) => c.name === 'Tobiah Wenceslas-Orr' && c.kind === 'person')).toBe(true);
    const body = analyzeParagraphs([
      'Dele Ashcombe, chief executive of the regulator, Tarrow Oversight, said the rise would reach bills in January.',
      '“We cannot shield anyone from the market,” he said.',
    ]);
    expect(sure(body, 'We cannot shield anyone')).toBe('Dele Ashcombe');
  });
});

describe('round 64: a spokesperson for a body described with an "-ing" word', () => {
  it('"A spokesperson for the streaming service Vidlyn said the firm was “…”" is the spokesperson’s, not the service’s name', () => {
    const res = analyzeParagraphs([
      'A spokesperson for the streaming service Vidlyn said the firm was “reviewing every complaint” and would refund fees.',
    ]);
    expect(speakerOf(res, 'reviewing every complaint')).not.toBe('Vidlyn');
    expect(speakerOf(res, 'reviewing every complaint')).toMatch(/^spokesperson/);
  });
});

describe('round 64: someone unnamed shouting words with no mark before them', () => {
  it('"Someone at the back of the hall called out “…”" after a quoted officer is no one’s, not hers', () => {
    const res = analyzeParagraphs([
      'Planning officer Greta Lindqvist-Amadi said the new depot would bring forty jobs.',
      '“It is the right site, and the only one we have,” she said.',
      'Someone at the back of the hall called out “Nobody will shop with us there!”, to cheers.',
    ]);
    expect(speakerOf(res, 'Nobody will shop with us')).toBeNull();
  });
  it('"someone in the gallery shouted “…”" is no one named either, nor the judge suggested', () => {
    const res = analyzeParagraphs([
      'Judge Oluwaseun Brathwaite said the sentence had to deter others.',
      '“You put lives at risk for money,” she told him.',
      'Someone in the gallery shouted “We are not finished with this!” and was taken outside.',
    ]);
    expect(speakerOf(res, 'We are not finished with this!')).toBeNull();
    expect(quoteOf(res, 'We are not finished with this!').suggestedSpeakerId).toBeNull();
  });
});

describe('round 64: an unnamed description set off after a name, with a clause of what they said', () => {
  it('"… Imogen Castellanos-Reid, a columnist who once called the awards “…”" is hers, not an unnamed columnist’s', () => {
    const res = analyzeParagraphs([
      'Judging this year’s prize is Imogen Castellanos-Reid, a columnist who once called the awards “a raffle with canapés”.',
    ]);
    expect(sure(res, 'a raffle with canapés')).toBe('Imogen Castellanos-Reid');
  });
});

describe('round 64: shouts from the floor, with where the shouters were', () => {
  it('"members of the public in the gallery shouted “…”" are the members of the public, not the gallery', () => {
    const res = analyzeParagraphs([
      'When the cuts were passed, members of the public in the gallery shouted “Disgrace!” and the chair adjourned the meeting.',
    ]);
    expect(speakerOf(res, 'Disgrace!')).toBe('members of the public');
  });
  it('"…, and at the end someone shouted “…”" after a crowd sang is no one named, not the crowd', () => {
    const res = analyzeParagraphs([
      'When she finished the last verse, the crowd sang the tune back to her, and at the end someone shouted “Encore!”',
    ]);
    expect(speakerOf(res, 'Encore!')).toBeNull();
  });
});

describe('round 64: a measure opening its sentence is no one', () => {
  it('"Attendance was 64 per cent." puts no "Attendance" in the cast, and "the 33-year-old" is the one person named', () => {
    const res = analyzeParagraphs([
      'Green Party candidate Oriane Delacroix-Mbeki won the Riverside seat on Friday by 88 votes.',
      'The count finished after midnight. Attendance was 64 per cent.',
      '“People here want buses that turn up,” said the 33-year-old.',
    ]);
    expect(res.cast.some((c) => c.name === 'Attendance')).toBe(false);
    expect(sure(res, 'People here want buses')).toBe('Oriane Delacroix-Mbeki');
  });
});

describe('round 64: a term in capitals marked in the paragraph that leads in to the quotes', () => {
  it('"… warned delegates that the town’s brush with “Black Tuesday” should be a lesson. / “…" is hers for sure', () => {
    const res = analyzeParagraphs([
      'Opening the conference on Friday, economist Dr Rukmini Vasquez-Oyelaran warned delegates that the town’s brush with “Black Tuesday” in 2009 should be treated as a lesson.',
      '“We were days from closing every branch in the valley.',
      '“We should not plan as if luck will save us twice.”',
    ]);
    expect(sure(res, 'We were days from closing')).toBe('Rukmini Vasquez-Oyelaran');
  });
});

describe('round 65: a nationality the lexicon files as a given name or a plain noun', () => {
  it('"“…,” said the Finn." is no one called Finn but the player the paragraph before is about', () => {
    const res = analyzeParagraphs([
      'Mikko Haapasalo lost the final 7-5 to Devon Achterberg-Lloyd in Blackpool on Sunday.',
      'Haapasalo, the defending champion, was gracious afterwards.',
      '“He threw better than me. That is all,” said the Finn.',
    ]);
    expect(res.cast.some((c) => c.name === 'Finn')).toBe(false);
    expect(sure(res, 'He threw better than me')).toBe('Mikko Haapasalo');
  });
});

describe('round 65: a crowd and where it was put, before its verb', () => {
  it('"Fans crammed into the clubhouse sang “…”" are the fans, not the clubhouse', () => {
    const res = analyzeParagraphs([
      'Fans crammed into the clubhouse sang “Wanderers till I die!” as the trophy came out.',
    ]);
    expect(speakerOf(res, 'Wanderers till I die!')).toBe('Fans');
  });
  it('"she turned to the members gathered around her and said:" is still hers', () => {
    const res = analyzeParagraphs([
      'Branch secretary Imelda Okonkwo-Grant read out the result. Then she turned to the members gathered around her and said:',
      '“We won this together.”',
    ]);
    expect(sure(res, 'We won this together.')).toBe('Imelda Okonkwo-Grant');
  });
});

describe('round 65: a clause set off before the verb that gives the speaker’s name', () => {
  it('"A woman who runs the bakery opposite the depot, who gave her name only as Mrs Adeyemi-Hart, said she had seen “…”" is hers, not the depot’s', () => {
    const res = analyzeParagraphs([
      'A woman who runs the bakery opposite the depot, who gave her name only as Mrs Adeyemi-Hart, said she had seen “a white van with no plates” leaving at dawn.',
    ]);
    expect(speakerOf(res, 'a white van with no plates')).toBe('Adeyemi-Hart');
  });
});

describe('round 65: a caller named in brackets by a given name the lexicon knows as a word', () => {
  it('"CALLER (HOPE): “…”" is Hope, not someone called CALLER; "CALLER (ANONYMOUS)" stays unnamed', () => {
    const res = analyzeParagraphs([
      'The following is an edited transcript of Monday’s phone-in on Radio Tamar, in which presenter Gideon Achterberg-Pryce spoke to councillor Ruth Okonjo-Hale about bus cuts.',
      'ACHTERBERG-PRYCE: “We have Hope on the line from Bodmin. Hope, go ahead.”',
      'CALLER (HOPE): “The 11 bus was my only way to the hospital, and now it is gone.”',
      'CALLER (ANONYMOUS): “Nobody asked us.”',
    ]);
    expect(speakerOf(res, 'The 11 bus was my only way')).toBe('Hope');
    expect(speakerOf(res, 'Nobody asked us.')).not.toBe('Anonymous');
  });
});

describe('round 65: a role with a prefix set off after a name', () => {
  it('"Professor Nkiru Holloway-Baines, vice-chancellor of Ardmore University and chair of the employers’ group, said …" is hers, not the group’s', () => {
    const res = analyzeParagraphs([
      'Professor Nkiru Holloway-Baines, vice-chancellor of Ardmore University and chair of the employers’ group, said the universities were “out of options”.',
    ]);
    expect(sure(res, 'out of options')).toBe('Nkiru Holloway-Baines');
  });
});

describe('round 65: a determiner opening the sentence before "said"', () => {
  it('"Several said they had received a text message reading: “…”" brings no one called Several into the cast', () => {
    const res = analyzeParagraphs([
      'About forty cleaners at the Harbour Road offices found their passes blocked on Friday morning.',
      'Several said they had received a text message at 5am reading: “Office closed today. Do not come in.”',
    ]);
    expect(res.cast.some((c) => c.name === 'Several')).toBe(false);
    expect(speakerOf(res, 'Office closed today.')).not.toBe('Several');
  });
});

describe('round 65: a body named with "for" after "the" and its word', () => {
  it('"The Institute for Coastal Economics said the money was “…”" is the institute, whole, for sure', () => {
    const res = analyzeParagraphs([
      'The government announced a new fund for seaside towns on Monday.',
      'The Institute for Coastal Economics said the money was “a rounding error in a bad year”.',
    ]);
    expect(sure(res, 'a rounding error')).toBe('Institute for Coastal Economics');
  });
});

describe('round 65: a confederation is a body', () => {
  it('"The Confederation of Ferry Operators said it was “…”" is the confederation, for sure', () => {
    const res = analyzeParagraphs([
      'Island councils want the new ferry timetable scrapped.',
      'The Confederation of Ferry Operators said it was “listening carefully”.',
    ]);
    expect(sure(res, 'listening carefully')).toBe('Confederation of Ferry Operators');
  });
});

describe('round 65: the opening’s unnamed role says its phrase in full later under a name', () => {
  it('"Apprentices were urged to “…” by a visiting engineer" is the engineer the story names later, who says it in full', () => {
    const res = analyzeParagraphs([
      'Apprentices at the Kelderby shipyard were urged to “ask the stupid question before it costs a hull” by a visiting engineer on Monday.',
      'Marguerite Okonjo-Hale, who started at the yard as a welder in 1979, opened its new training hall.',
      '“Ask the stupid question before it costs a hull. I wish someone had told me that at seventeen,” she told the apprentices.',
    ]);
    expect(sure(res, 'ask the stupid question before it costs a hull')).toBe('Marguerite Okonjo-Hale');
  });

  it('a body’s spokesman in the opening keeps the words when a named person repeats them', () => {
    const res = analyzeParagraphs([
      'The plan was called “a blueprint for the next fifty years” by a spokesman for the harbour trust.',
      'Councillor Idris Penhallow said he was not convinced.',
      '“Some people call it a blueprint for the next fifty years. I call it a wish list,” he said.',
    ]);
    expect(speakerOf(res, 'a blueprint for the next fifty years')).not.toBe('Idris Penhallow');
  });
});

describe('round 65: when it was said is not part of who said it', () => {
  it('"said a senior planner on Monday" is a senior planner, unnamed', () => {
    const res = analyzeParagraphs(['The bypass will open a year late.', '“We are ready for the inquiry,” said a senior planner on Monday.']);
    expect(sure(res, 'We are ready for the inquiry')).toBe('senior planner (unnamed)');
  });
});

describe('round 65: whom a document went to does not speak', () => {
  it('"A notice issued to growers says … “…”" is the notice, not the growers', () => {
    const res = analyzeParagraphs([
      'Blight has been found on potatoes in three counties.',
      'A notice issued to growers says infected haulms “must be burned, not composted”.',
    ]);
    expect(speakerOf(res, 'must be burned, not composted')).toMatch(/notice/);
  });
});

describe('round 65: the opening’s role, named by that role a paragraph or two later', () => {
  it('"A lifeguard has told an inquest …" is "Lifeguard Tamsin Okoro-Reade", named two paragraphs on, not the one aged in between', () => {
    const res = analyzeParagraphs([
      'A lifeguard has told an inquest she saw a swimmer ‘disappear under the swell in seconds’ off Polkerris beach.',
      'Davey Trewin-Mabry, 19, died after being pulled from the water in July.',
      'Lifeguard Tamsin Okoro-Reade told the hearing in Truro that the red flags had been up since noon.',
      '‘We were shouting from the shore,’ she said.',
    ]);
    expect(sure(res, 'disappear under the swell')).toBe('Tamsin Okoro-Reade');
  });

  it('"…, a neighbour told an inquest." is the one a later paragraph names as telling the hearing', () => {
    const res = analyzeParagraphs([
      'A pensioner found dead at her flat in Hull had been “frightened of the new boiler”, a neighbour told an inquest.',
      'Edna Marwick-Oyelaran, 84, was found by a care worker in February.',
      'Colm Fairhurst-Adu, who lived across the landing, told the hearing she had asked him twice to check it.',
    ]);
    expect(sure(res, 'frightened of the new boiler')).toBe('Colm Fairhurst-Adu');
  });
});

describe('round 65: a role with no article set off after a name, a word or two before it', () => {
  it('"Marta Quesnel-Obi, transport spokeswoman for the Harbourside Residents Association steering group, said" is Quesnel-Obi, not the group', () => {
    const res = analyzeParagraphs([
      'The ferry timetable will be cut again this winter.',
      'Marta Quesnel-Obi, transport spokeswoman for the Harbourside Residents Association steering group, said the cuts were “the last straw for the island”.',
    ]);
    expect(sure(res, 'the last straw for the island')).toBe('Marta Quesnel-Obi');
  });
});

describe('round 65: the firm a story is about, named only in passing, further back', () => {
  it('"Workers at Daeso Marine Industries’ shipyard began a strike … / [the union’s leader] / The company said" is the firm', () => {
    const res = analyzeParagraphs([
      'GEOJE, South Korea — Workers at Daeso Marine Industries’ shipyard began a two-day strike on Monday.',
      'Union chief Lee Min-jae told reporters the walkout was about pay. “Half of us are not even employees,” Lee said.',
      'The company said the strike was “regrettable but manageable”.',
    ]);
    expect(sure(res, 'regrettable but manageable')).toBe('Daeso Marine Industries');
  });
});

describe('round 65: a Q and A whose intro says who faced the questions', () => {
  it('"Harbour Rovers captain Ines Vallarta-Moor faced questions … about the decision to drop goalkeeper Tom Arkwright" answers the "A:" turns, for sure', () => {
    const res = analyzeParagraphs([
      'Harbour Rovers captain Ines Vallarta-Moor faced questions on Monday about the decision to drop goalkeeper Tom Arkwright. The exchange is printed below.',
      'Q: “Is Tom injured?”',
      'A: “No. He is fit, and he knows why.”',
      'Q: “Was it your call?”',
      'A: “It was the coaches’ call, and I agree with it.”',
    ]);
    expect(sure(res, 'No. He is fit')).toBe('Ines Vallarta-Moor');
    expect(sure(res, 'It was the coaches’ call')).toBe('Ines Vallarta-Moor');
  });
});

describe('round 65: a nickname in the sentence before an epithet is no one’s words', () => {
  it('"Okafor-Lund, nicknamed “The Wall”, was gracious in defeat. / “…,” said the Dane." is Okafor-Lund, for sure', () => {
    const res = analyzeParagraphs([
      'Marek Szczepaniak beat Henrik Okafor-Lund 7-5 in the final on Sunday.',
      'Okafor-Lund, nicknamed “The Wall”, was gracious in defeat.',
      '“He played the better snooker today,” said the Dane.',
    ]);
    expect(sure(res, 'He played the better snooker')).toBe('Henrik Okafor-Lund');
  });
});

describe('round 65: someone set off as "his late father" does not speak later', () => {
  it('"She dedicated the medal to her late mother, Ines, who … “…,” she said." is the athlete, for sure', () => {
    const res = analyzeParagraphs([
      'Carla Montebruni-Hale won gold in the 400m on Saturday.',
      'Montebruni-Hale dedicated the medal to her late mother, Ines, who drove her to every training session. “She would have been screaming,” she said.',
    ]);
    expect(sure(res, 'She would have been screaming')).toBe('Carla Montebruni-Hale');
  });
});

describe('round 65: a paragraph of quotes only after someone "defended the plan."', () => {
  it('"Councillor Tobias Rennick-Aziz defended the plan. / “…”" is Rennick-Aziz, for sure', () => {
    const res = analyzeParagraphs([
      'The council will close two libraries next spring.',
      'Councillor Tobias Rennick-Aziz defended the plan.',
      '“We looked at every other option. None of them kept the mobile service running.”',
    ]);
    expect(sure(res, 'We looked at every other option')).toBe('Tobias Rennick-Aziz');
  });
});

describe('round 65: a paragraph that sets the scene, then names one person, before words that speak as "I"', () => {
  it('"The Linthorpe Repair Café meets in a church hall. Its founder, Maud Okereke-Sand, has run it since 2016. / “I …”" is Okereke-Sand, for sure', () => {
    const res = analyzeParagraphs([
      'The Linthorpe Repair Café meets every other Saturday in a church hall off the high street. Its founder, Maud Okereke-Sand, has run it since 2016.',
      '“People bring in toasters they were going to throw away. I hand them a screwdriver and a cup of tea.”',
    ]);
    expect(sure(res, 'People bring in toasters')).toBe('Maud Okereke-Sand');
  });
});

describe('round 65: a force named after "a passing motorist," is the force, not the motorist', () => {
  it('"… found by a passing motorist, Wexmoor Constabulary said." is no rival for the officer’s "she said"', () => {
    const res = analyzeParagraphs([
      'Police are appealing for witnesses after a cyclist was hurt near Ravensholt.',
      'The 52-year-old woman was found in a ditch on Sunday by a passing motorist, Wexmoor Constabulary said.',
      'Detective Constable Maren Oduya-Price said the driver had “made a choice to leave her there”.',
      '“Somebody knows what happened,” she said.',
    ]);
    expect(sure(res, 'Somebody knows what happened')).toBe('Maren Oduya-Price');
  });
});

describe('round 65: "there was a shout of “…”" is no one the sentence names', () => {
  it('"As Judge Ines Halloran began her remarks, there was a shout of “…” from the gallery." is not the judge', () => {
    const res = analyzeParagraphs([
      'Two men were jailed on Friday for the robbery of a jeweller in Dunmore.',
      'As Judge Ines Halloran began her sentencing remarks, there was a shout of “They were set up” from the back of the gallery.',
      '“I will not have this,” the judge said.',
    ]);
    expect(speakerOf(res, 'They were set up')).toBeNull();
    expect(sure(res, 'I will not have this')).toBe('Ines Halloran');
  });
});

describe('round 65: "the witness replied" to counsel’s question, with no one else in reach', () => {
  it('is the one quoted before the question, whom it was put to', () => {
    const res = analyzeParagraphs([
      'Bar manager Odhran Pellew-Sato told the court he had seen the fight from behind the till.',
      '‘It started over a spilt drink,’ he said.',
      'Cross-examined by Priscilla Vane-Adjei, defending, he accepted that the lights had been low.',
      '‘So you cannot say who threw the first punch?’ Ms Vane-Adjei asked.',
      '‘I can say who threw the stool,’ the witness replied.',
    ]);
    expect(sure(res, 'I can say who threw the stool')).toBe('Odhran Pellew-Sato');
  });
});

describe('round 66: a month a given name shares is the month', () => {
  it('"takes walkers across between May and September" brings no one called May into the cast', () => {
    const res = analyzeParagraphs([
      'For most of the year, Hamish Tulloch-Reyes is the only way across the loch.',
      'The 61-year-old runs a passenger boat from his croft, taking walkers across between May and September.',
      '‘Some days it is thirty people, some days it is one,’ he said.',
    ]);
    expect(res.cast.some((c) => c.name === 'May')).toBe(false);
    expect(sure(res, 'Some days it is thirty people')).toBe('Hamish Tulloch-Reyes');
  });
});

describe('round 66: a country’s mission to a body speaks, not the body', () => {
  it('"Varosia\'s mission to the alliance called the decision “…”" is the mission, for sure', () => {
    const res = analyzeParagraphs([
      'Alliance ministers agreed on Tuesday to suspend Varosia’s observer status.',
      'Varosia’s mission to the alliance called the decision “a gift to our enemies” and said it would respond “in kind.”',
    ]);
    expect(sure(res, 'a gift to our enemies')).toBe('Varosia’s mission to the alliance');
  });
});

describe('round 66: a body named after "the" and its members’ word is the person’s affiliation', () => {
  it('"Ines Varga of the hauliers’ association Vistula Carriers Mutual said" is Varga, not the association', () => {
    const res = analyzeParagraphs([
      'Road operators gave the toll plan a cool reception. Ines Varga of the hauliers’ association Vistula Carriers Mutual said drivers would believe it only “when the lanes are open, not on a map.”',
    ]);
    expect(sure(res, 'when the lanes are open')).toBe('Ines Varga');
  });
});

describe('round 66: what a verb takes for something, the quote right after "as", is not its subject', () => {
  it('"... said the militia “…” and dismissed the audit as “…”" is the spokesman, not the audit', () => {
    const res = analyzeParagraphs([
      'A spokesman for the Highland Militia, contacted by phone, said the militia “pays for every sack of grain” and dismissed the audit as “fiction typed up in an air-conditioned office.”',
    ]);
    expect(speakerOf(res, 'fiction typed up')).toBe('spokesman for the Highland Militia (unnamed)');
    expect(speakerOf(res, 'pays for every sack')).toBe('spokesman for the Highland Militia (unnamed)');
  });
});

describe('round 66: a noun ending in "-ment" is no person', () => {
  it('"Volunteers at a riverside allotment in Ashcombe Vale say" are the volunteers, not an unnamed allotment', () => {
    const res = analyzeParagraphs(['Volunteers at a riverside allotment in Ashcombe Vale say they are “gutted” after thieves took every tool from the shed.']);
    expect(speakerOf(res, 'gutted')).toBe('Volunteers at a riverside allotment in Ashcombe Vale');
  });
  it('"management" may still be the people who manage', () => {
    expect(isPersonNoun('management')).toBe(true);
    expect(isPersonNoun('settlement')).toBe(false);
    expect(isPersonNoun('resident')).toBe(true);
  });
});

describe('round 66: a paragraph of quotes only after "X had not …, she added."', () => {
  it('is the one "she" is, not X, whom the sentence is about', () => {
    const res = analyzeParagraphs([
      'The county has ended its grant to the Millbrook night shelter, which has run for 22 years.',
      'Its coordinator, Bronwen Achterberg, said the news had arrived “with no warning at all”.',
      'She said the shelter had housed 300 people last winter. Cabinet member Roisin Delahunt-Oyelaran had never set foot in the building, she added.',
      '“I would ask her to spend one night on our sofa. I do not think she would sign it off then.”',
      'Ms Delahunt-Oyelaran said the council had been left with “no room at all” in its budget.',
    ]);
    expect(sure(res, 'I would ask her to spend')).toBe('Bronwen Achterberg');
  });
});

describe('round 66: a name before the lower-case word for a river or a valley is the place', () => {
  it('"the camps along the Temsa river" bring no one called Temsa, who could be "he"', () => {
    const res = analyzeParagraphs([
      'The settlements along the Temsa river have grown by a third since the spring.',
      'Marisol Etxeberria-Kone, a nurse with the charity Open Hands, runs the clinic. “The children come for plasters and stay to talk,” she said.',
      'She said one boy had sat all morning folding paper boats. When she asked who they were for, he told her: “My brother. Later.”',
    ]);
    expect(res.cast.some((c) => c.name === 'Temsa')).toBe(false);
    expect(speakerOf(res, 'My brother. Later.')).not.toBe('Temsa');
  });
});

describe('round 66: "“…,” it says." after a sentence that opens with a document and names no one', () => {
  it('is the document, though that sentence reports no one speaking', () => {
    const res = analyzeParagraphs([
      'A third of bus stops in the county have no timetable, according to a study published on Tuesday by the charity Rural Wheels.',
      'The study, “Waiting for Nothing,” draws on surveys at 900 stops. “A stop without a timetable is a promise nobody keeps,” it says.',
    ]);
    expect(sure(res, 'A stop without a timetable')).toBe('the study');
  });
});

describe('round 66: a paragraph of quotes only after "… remembers what her father, X, told her …"', () => {
  it('is X’s words, for sure', () => {
    const res = analyzeParagraphs([
      'Outside Kalisz, Dorota Szymańska-Eze still keeps the old bakery oven that no longer pays its way.',
      'Szymańska-Eze, 47, still remembers what her grandmother, Helena Szymańska, told her on the day the mill closed.',
      '“An oven that is cold for a week forgets how to bake.”',
    ]);
    expect(sure(res, 'An oven that is cold')).toBe('Helena Szymańska');
  });
  it('and so after "… what his uncle, X, used to say …"', () => {
    const res = analyzeParagraphs([
      'In a yard outside Gdynia, Marek Olszewski-Baah still mends nets by hand.',
      'Olszewski-Baah, 61, still remembers what his uncle, Jerzy Olszewski, used to say when a storm kept the boats in.',
      '“A net you mend today catches fish next year.”',
    ]);
    expect(sure(res, 'A net you mend today')).toBe('Jerzy Olszewski');
  });
});

describe('round 67: a city’s people by its name and "-er" are an epithet', () => {
  it('"said the Dubliner" is the one the paragraph before was about, not someone called Dubliner', () => {
    const res = analyzeParagraphs([
      'Middleweights Tomasz Wierzbicki and Cathal Brennan-Oyelowo squared up at a tense weigh-in in Belfast on Friday.',
      'Wierzbicki, the unbeaten Pole, promised to finish it “before the fifth”.',
      'Brennan-Oyelowo, 29, smiled and shook his head.',
      '“The fifth? He will be asleep by the third,” said the Dubliner.',
    ]);
    expect(res.cast.some((c) => c.name === 'Dubliner')).toBe(false);
    expect(speakerOf(res, 'The fifth? He will be asleep')).toBe('Cathal Brennan-Oyelowo');
  });
});

describe('round 67: the one named after "trained by" is the trainer', () => {
  it('"said the trainer" is the one a horse was "trained by", not the horse', () => {
    const res = analyzeParagraphs([
      'Copper Fen, trained by Declan Fahy-Obi and ridden by Shauna Mellor, won the Ashgrove Chase at 25-1 on Sunday.',
      'Copper Fen had been pulled up in each of his last two races.',
      '“I told the owners to expect nothing,” said the trainer. “He had other ideas.”',
    ]);
    expect(sure(res, 'I told the owners to expect nothing')).toBe('Declan Fahy-Obi');
  });
});

describe('round 67: someone named only inside what the subject reports about themselves', () => {
  it('"X said she had spoken to the airline’s chief executive, Y, … / “…,” she said." is X for sure', () => {
    const res = analyzeParagraphs([
      'Skylane will close its base at Tarnford next spring, the airline said on Monday.',
      'Transport minister Ilse Okonkwo-Berg said she had spoken to the airline’s chief executive, Marten Vos-Adeyemi, twice this week.',
      '“I asked him whether anything would change the decision. He said no,” she said.',
    ]);
    expect(sure(res, 'I asked him whether anything')).toBe('Ilse Okonkwo-Berg');
  });
});

describe('round 67: a role’s list of lower-case portfolios set off with commas', () => {
  it('"X, the council’s cabinet member for schools, young people and families, said" is X, not the families', () => {
    const res = analyzeParagraphs([
      'Councillor Imogen Achterberg-Dlamini, the council’s cabinet member for schools, young people and families, said the scheme was “the least the estate deserves”.',
    ]);
    expect(sure(res, 'the least the estate deserves')).toBe('Imogen Achterberg-Dlamini');
  });
});
