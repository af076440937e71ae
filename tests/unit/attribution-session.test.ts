// The incremental session must give exactly what the one-shot analysis gives, after any edits.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeParagraphs, createAttributionSession } from '../../shared/attribution/index';

const PARAS = [
  'Transport Secretary Dana Whitfield announced the new rail line on Monday.',
  '"This will cut the commute in half," Whitfield said. "Construction starts in June.',
  '"We have the money in place."',
  'Union leader Marco Bellini called the plan "a good first step" but warned that fares were "still too high."',
  'He added: "Workers deserve a say."',
  'The project, nicknamed the "Silver Arrow," is expected to cost $2 billion.',
  '"It is long overdue," said commuter Jane Okafor, who travels two hours each way.',
  'She said the trains were "always late."',
  '',
  'According to Whitfield, the first trains will run "by the end of next year."',
];

describe('incremental session', () => {
  it('matches the one-shot analysis and reuses unchanged paragraphs', () => {
    const s = createAttributionSession();
    expect(s.update(PARAS)).toEqual(analyzeParagraphs(PARAS));
    const edited = PARAS.slice();
    edited[3] = edited[3]!.replace('first step', 'first steps');
    expect(s.update(edited)).toEqual(analyzeParagraphs(edited));
    expect(s.stats.analysed).toBe(1);
    expect(s.stats.reused).toBe(PARAS.length - 1);
  });

  it('property: any sequence of edits gives the one-shot result', () => {
    const edit = fc.oneof(
      fc.record({
        op: fc.constant('type' as const),
        i: fc.nat(),
        at: fc.nat(),
        ch: fc.constantFrom('a', ' ', '"', ',', '.', 'He said', 'Mr. Bellini said', '\u201c', '\u201d', "''"),
      }),
      fc.record({ op: fc.constant('delete' as const), i: fc.nat(), at: fc.nat(), n: fc.integer({ min: 1, max: 8 }) }),
      fc.record({ op: fc.constant('split' as const), i: fc.nat(), at: fc.nat() }),
      fc.record({ op: fc.constant('join' as const), i: fc.nat() }),
      fc.record({ op: fc.constant('insert' as const), i: fc.nat(), p: fc.constantFrom(...PARAS) }),
    );
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 25 }), (edits) => {
        const s = createAttributionSession();
        let doc = PARAS.slice();
        s.update(doc);
        for (const e of edits) {
          doc = doc.slice();
          const i = doc.length ? e.i % doc.length : 0;
          const p = doc[i] ?? '';
          if (e.op === 'type') {
            const at = e.at % (p.length + 1);
            doc[i] = p.slice(0, at) + e.ch + p.slice(at);
          } else if (e.op === 'delete') {
            const at = e.at % (p.length + 1);
            doc[i] = p.slice(0, at) + p.slice(at + e.n);
          } else if (e.op === 'split') {
            const at = e.at % (p.length + 1);
            doc.splice(i, 1, p.slice(0, at), p.slice(at));
          } else if (e.op === 'join' && i + 1 < doc.length) doc.splice(i, 2, p + ' ' + doc[i + 1]);
          else if (e.op === 'insert') doc.splice(i, 0, e.p);
          expect(s.update(doc)).toEqual(analyzeParagraphs(doc));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('property: typing that leaves the links alone is patched, not re-linked, and still gives the one-shot result', () => {
    let patched = 0;
    let relinked = 0;
    const key = fc.record({
      i: fc.nat(),
      at: fc.nat(),
      ch: fc.constantFrom('a', 'e', 'x', ' ', 'very ', 'ab', '.', ',', 'Q', '"', '\u201d', 'he said ', 'Whitfield'),
    });
    fc.assert(
      fc.property(fc.array(key, { minLength: 1, maxLength: 30 }), fc.boolean(), (keys, backspace) => {
        const s = createAttributionSession();
        let doc = PARAS.slice();
        s.update(doc);
        for (const k of keys) {
          doc = doc.slice();
          const i = k.i % doc.length;
          const p = doc[i]!;
          const at = k.at % (p.length + 1);
          doc[i] = backspace && at > 0 ? p.slice(0, at - 1) + p.slice(at) : p.slice(0, at) + k.ch + p.slice(at);
          const got = s.update(doc);
          if (s.stats.relinked) relinked++;
          else patched++;
          expect(got).toEqual(analyzeParagraphs(doc));
        }
      }),
      { numRuns: 80 },
    );
    expect(patched).toBeGreaterThan(100);
    expect(relinked).toBeGreaterThan(10);
  });

  it('an edit inside a quote moves only that quote, and an edit to a name re-links', () => {
    const s = createAttributionSession();
    const before = s.update(PARAS);
    const edited = PARAS.slice();
    edited[6] = edited[6]!.replace('long overdue', 'well overdue');
    const after = s.update(edited);
    expect(s.stats.relinked).toBe(false);
    expect(after).toEqual(analyzeParagraphs(edited));
    const q = after.quotes.find((x) => x.paragraph === 6)!;
    expect(q.text).toBe('It is well overdue,');
    expect(before.quotes.find((x) => x.paragraph === 6)!.text).toBe('It is long overdue,');
    edited[6] = edited[6]!.replace('Jane Okafor', 'Jane Okafo');
    expect(s.update(edited)).toEqual(analyzeParagraphs(edited));
    expect(s.stats.relinked).toBe(true);
  });

  it('edits that change only what the linking pass reads around a name still give the one-shot result (rounds 11-15)', () => {
    // each edit changes no name, cue or quote mark, but does change a fact the linking pass reads:
    // a reported clause ("said" / "asked"), an appositive's organisation ("at" / "and"), a
    // statement in the paragraph before ("In a statement" / "In an email")
    const paras = [
      'A 15-year-old boy drowned in a reservoir on Sunday.',
      'His cousin Aled Morris said that Rhys Price had been a good swimmer. “He waved and then he was gone,” he said.',
      'According to Deepa Varma, a banking analyst at Tollgate Securities, the decline was worse. “They are selling assets,” she said.',
      'In a statement, Harrowgate Lettings said the new rents “reflect the market”.',
      'The statement added that tenants could call the office “to talk things through.”',
    ];
    expectEditsAsOneShot(paras, [
      [1, 'said that', 'asked that'],
      [2, 'analyst at', 'analyst and'],
      [3, 'In a statement', 'In an email'],
    ]);
  });

  it('edits that change only what round 16 reads before a quote still give the one-shot result', () => {
    // "the 19-year-old" is the subject just before, unless another person is in that sentence: an
    // owner right before the name ("Norway’s") is not one, "her coach" is, and "smiled" names the
    // speaker where "scored" only suggests
    const paras = [
      'Veteran Ross Keane leads by three shots.',
      'Norway’s Eirik Dahl, one of two amateurs in the field, is tied for fifth with the leader.',
      '“I am just enjoying every hole,” the 19-year-old said.',
      'Pilots manager Curtis Vane smiled at the question. “Ask me in April.”',
    ];
    expectEditsAsOneShot(paras, [
      [1, 'Norway’s Eirik', 'Norway, Eirik'],
      [1, 'with the leader', 'with her coach'],
      [3, 'smiled at', 'scored at'],
    ]);
  });

  it('edits that change only what round 22 reads around a name or a statement still give the one-shot result', () => {
    // a pronoun subject's reported clause ("said" / "saw"), the relative a first name is set off
    // after ("father" / "friend"), an owner's name right before a body's ("’s" / "’s new"), a
    // statement's issuer ("from" / "about"), the one asked ("asked" / "told")
    const paras = [
      '“We pulled 31 people out by boat,” said watch manager Colin Ashby.',
      'Resident Walter Pryce, 81, was carried out. He said his neighbour, Stanley Garrod, had woken him. “If he hadn’t, I’d have drowned,” he said.',
      'Darragh Quilty had been baling hay with his father, Pádraig, that evening.',
      'Giving evidence, his father said: “I heard the engine stop.”',
      'Nurses at St. Brigid’s Medical Centre say the ward is short of staff.',
      'The hospital said it “meets every national standard”.',
      'Walter Brenning was last seen near the depot, according to a statement from the Corliss Police Department. “He may appear confused,” the statement said.',
      '“I saw the van twice,” said the witness, Rosalind Achterberg.',
      'Defence lawyer Gareth Pennington asked Achterberg how she could be certain. “I painted my own van that colour,” she said.',
    ];
    expectEditsAsOneShot(paras, [
      [1, 'He said his', 'He saw his'],
      [2, 'his father,', 'his friend,'],
      [4, 'Brigid’s Medical', 'Brigid’s new Medical'],
      [6, 'statement from the', 'statement about the'],
      [8, 'asked Achterberg', 'told Achterberg'],
    ]);
  });

  it('edits that change only what round 23 reads (a body brought in unnamed) still give the one-shot result', () => {
    // "an independent ... commission" / "the independent ... commission": the second names no new body
    const paras = [
      'Fenwick Albion defender Kyle Marsh has been banned for four games after an independent disciplinary commission found he had spat at an opponent.',
      'Albion said they were disappointed.',
      'In its written reasons, the commission said Marsh had shown “a complete lack of remorse”.',
    ];
    expectEditsAsOneShot(paras, [[0, 'after an independent', 'after the independent']]);
  });

  it('edits that change only what round 23 reads after a quote-only paragraph or before "It says" still give the one-shot result', () => {
    // "That was Name" / "Then came Name" says whose the words were; "The report, ..." / "A report, ..."
    // is the subject an "It says" takes
    const paras = [
      '“We were a month from closing,” said the club’s treasurer, Moira Dunleavy.',
      '“I gave my pocket money and my dad’s spare tyre.”',
      'That was Callum Roarke, 8, who has been coming to the club since he could walk.',
      'The report, published on Monday by the county auditor, runs to 90 pages. It says the catalogue had been “neglected for twenty years”.',
    ];
    expectEditsAsOneShot(paras, [
      [2, 'That was Callum', 'Then came Callum'],
      [3, 'The report, published', 'A report, published'],
    ]);
  });

  it('edits that change only what round 24 reads (the elder or the younger of a family, an age) still give the one-shot result', () => {
    // "the elder Hayes" / "the younger Hayes"; "Curtis Hayes, 94," / "Curtis Hayes, 14,": which of the two is meant
    const paras = [
      'Every Saturday, Curtis Hayes, 94, and Malik Hayes, 19, serve pancakes at the VFW post.',
      '“The first batch always burns,” the elder Hayes said.',
    ];
    expectEditsAsOneShot(paras, [
      [1, 'the elder Hayes', 'the younger Hayes'],
      [0, 'Curtis Hayes, 94,', 'Curtis Hayes, 14,'],
    ]);
  });

  it('edits that change only what round 25 reads (who was asked, a verb after a name set off) still give the one-shot result', () => {
    // "asked him whether" / "told him that": the one asked answers; "Bernice Walsh, disagreed." /
    // "Bernice Walsh, a caller." (a verb only a person does, past the comma)
    const paras = [
      'Judge Samuel Okoro heard from Gary Frandsen and his neighbour, Jeffrey Pahl.',
      '“That is what they do,” Frandsen replied.',
      'The judge asked him whether he had tried a coop. He said he had, but that the bird “got depressed.”',
      '“I’ve been saying it for a year,” said Trev Jones, a caller.',
      'Another caller, Bernice Walsh, disagreed. “Give the woman a chance.”',
      'Mélanie Gauthier-Roy spent the night at a warming centre with her two kids. “The house was 9 degrees,” she said.',
      'Veteran jockey Séamus Dalgarno rode his 3,000th winner on Thursday.',
      'Afterwards he spoke at length about the people who had carried him.',
      '"My father put me on a pony when I was four."',
    ];
    expectEditsAsOneShot(paras, [
      [2, 'asked him whether', 'told him that'],
      [4, 'Bernice Walsh, disagreed.', 'Bernice Walsh, a caller.'],
      [5, 'with her two kids', 'with the two kids'],
      [7, 'he spoke at length', 'he walked at length'],
    ]);
  });

  it('edits that change only what rounds 26 and 27 read (how someone was, a question put to someone, a title and name addressed) still give the one-shot result', () => {
    // "was more cautious." / "was more cautious than most." (a short sentence saying how someone was,
    // or a longer one); "Did the accountants ...?" / "Did we ...?" (put to someone, or the asker's own);
    // "..., Mr Drury." / "..., said Drury." (addressed, or a name in the words)
    const paras = [
      'Dr. Mirela Popescu, who led the study, said the results surprised her team. "We expected the opposite," Popescu said.',
      'The study’s co-author, Dr. Ion Vasile, was more cautious.',
      '"One study proves nothing," he said.',
      '“I signed what the accountants put in front of me,” Ignacio Barrenechea told the panel.',
      'Prosecutor Javier Soler then produced an email bearing Barrenechea’s signature.',
      '“Did the accountants also write this?” the prosecutor asked.',
      '“I don’t remember that email.”',
      'Counsel to the inquiry, Simon Achebe-Lowe, asked the former head of building control, Malcolm Drury, why the certificate was issued.',
      '"I don\'t recall seeing that letter," Drury said.',
      '"It was addressed to you, Mr Drury."',
      'Speaking on the Morning Programme, Mr Tolland told presenter James Okoro: ‘We are not going backwards.’',
      'Okoro put it to him that the government’s own advisers had called the delay a mistake. ‘Your own climate committee says this will cost more. Are they wrong?’',
    ];
    expectEditsAsOneShot(paras, [
      [11, 'Okoro put it to him', 'Okoro put the book down near him'],
      [1, 'was more cautious.', 'was more cautious than most of the other researchers in the group.'],
      [5, 'Did the accountants also write this?', 'Did we also write this?'],
      [9, 'to you, Mr Drury.', 'to you, said Drury.'],
    ]);
  });

  it('edits that change only what the rest of round 27 reads (a thing after "the", whose voice, a second clause, a question, "says this", "The remark") still give the one-shot result', () => {
    const paras = [
      'Dr. Ingrid Solberg and Captain Maria Vogt had studied the images. "We sailed over it," Solberg said.',
      'The captain was more practical. She told the Gazette that the water had let the Kestrin reach a new site. "It is a gift," she said.',
      'The committee heard from Farid Haddad and John Smith. Haddad was first. He said the contract had been "properly tendered."',
      'Smith’s voice cracked. "My members were told it would bring 400 jobs," he said.',
      'Connexa says the software is "a coaching tool" and that it is used "in full compliance with the law."',
      'Daniel Whitcombe asked whether the budget had doubled. ‘It’s a simple question,’ he said. ‘Yes or no?’',
      '“He tells me this story once a week,” Kılıç says.',
      '“A prophecy does not pay for wool.”',
      'Aydemir does not look up from his table when he says this.',
    ];
    expectEditsAsOneShot(paras, [
      [1, 'let the Kestrin reach', 'let Kestrin reach'],
      [3, 'Smith’s voice cracked.', 'Smith’s brother cracked.'],
      [4, 'and that it is used', 'and it is used'],
      [5, '‘Yes or no?’', '‘Yes or no.’'],
      [8, 'when he says this.', 'when he says so much more.'],
      [8, 'Aydemir does not look up', 'The remark, from Aydemir, does not look up'],
    ]);
  });

  it('edits that change only a phrase opening a sentence or a press conference\'s mention still give the one-shot result', () => {
    // "Speaking at" / "She spoke at" (a phrase set off, or a sentence of its own); "news conference" /
    // "news programme" (the questions a reporter's, or an interviewer's)
    const paras = [
      'The run-off pits the incumbent, Marit Eklund, against the former finance minister Karin Vaag.',
      "Eklund, 58, has campaigned on her record. Speaking at her last rally in the harbour town of Brennvik on Friday, she said: 'We kept the hospitals open.'",
      'An excerpt from Friday’s news conference with Harbourside coach Renate Kowalczyk.',
      'QUESTION: “Is the squad fit?”',
    ];
    expectEditsAsOneShot(paras, [
      [1, 'Speaking at her last rally', 'She spoke at her last rally'],
      [2, 'news conference', 'news programme'],
    ]);
  });

  it('edits that change only what round 28 reads in the twenty-fifth session (a name set off before "he said", a verb after "she") still give the one-shot result', () => {
    // "Winter, he said," / "Winter now, he said," (the name set off right before the pronoun, or
    // not); "she smiled." / "she waited." (a verb only a person does, or not)
    const paras = [
      '“Whoever holds the bridges in March holds the valley,” said Marta Oduya, a fellow at the Centre for Defence Studies.',
      'Tavi Mbeki-Orr, who teaches military history at Harwell College, was less sure. Winter, he said, “belongs to whoever still has fuel.”',
      'Osei-Lund said the money was set aside. Asked about staffing, she smiled. "One hospital at a time."',
    ];
    expectEditsAsOneShot(paras, [
      [1, 'Winter, he said', 'Winter now, he said'],
      [1, 'Winter, he said', 'Winter, he thought, he said'],
      [2, 'she smiled', 'she waited'],
    ]);
  });

  it('edits that change only a public body\'s word in lower case ("the ferry workers’ union") still give the one-shot result', () => {
    const paras = [
      'CARROW SOUND — About 400 members of the ferry workers’ union walked off the job at the Port of Carrow Sound on Monday.',
      '“Nobody wanted this, but we were given no choice,” the union said in a statement.',
    ];
    expectEditsAsOneShot(paras, [[0, 'ferry workers’ union', 'ferry workers’ crews']]);
  });

  it('edits that change only the description set off after a name still give the one-shot result', () => {
    const paras = [
      'KAMLOOPS — The province’s wildfire prevention chief urged campers on Thursday to put out every fire “before you sleep, not after”.',
      '“One ember is all it takes in this wind,” Maren Solberg-Acheson, the head of the provincial Wildfire Prevention Service, told reporters.',
    ];
    expectEditsAsOneShot(paras, [[1, 'Wildfire Prevention Service', 'Forest Recreation Service']]);
  });

  it('edits that change only whether "it" answers a document ("It says it has" / "It says managers have") still give the one-shot result', () => {
    const paras = [
      'The court filing says Merrow Foods “misled investors” about its debts.',
      'It says it has always been “fully transparent” with shareholders.',
    ];
    expectEditsAsOneShot(paras, [[1, 'It says it has', 'It says managers have']]);
  });

  it('edits that change only whether a body\'s word has a modifier ("the ministry" / "the foreign ministry") still give the one-shot result', () => {
    const paras = [
      'Rastovia’s state news agency, RNA, carried a statement in which the foreign ministry denied the reports.',
      '“There were no arrests,” the ministry said.',
    ];
    expectEditsAsOneShot(paras, [[0, 'the foreign ministry', 'the leaner ministry']]);
  });

  it('edits that change only whom someone addressed ("the rally" / "the issue") still give the one-shot result', () => {
    const paras = [
      'Shop steward Dervla Quinlan-Moss, a former ward clerk, addressed the rally from a flatbed truck.',
      '“We keep these wards running at three in the morning.”',
    ];
    expectEditsAsOneShot(paras, [[0, 'the rally', 'the issue']]);
  });

  it('edits that change only whether a name follows "an interview with" still give the one-shot result', () => {
    const paras = [
      'What follows is an edited record of an interview with Ilse Marquardt, the trade commissioner, conducted in Lisbon on Friday by the Tribune’s Europe editor, Rafael Quintela.',
      'Q: “Is the tariff deal dead?”',
      'A: “Sleeping. Deals like this wake up when the harvest is in.”',
    ];
    expectEditsAsOneShot(paras, [[0, 'an interview with', 'an evening with']]);
  });

  it('edits that change only whether the one who spoke to an interviewer opens the sentence still give the one-shot result', () => {
    const paras = [
      'Siew-Lan Ashworth took over as chief executive of the county hospitals trust in March. She spoke to Rhys Kavanagh, the Gazette’s health correspondent, about waiting lists.',
      'Q: “Will the new wing open on time?”',
      'A: “It will open in October, as planned.”',
    ];
    expectEditsAsOneShot(paras, [[0, 'She spoke', 'Then she spoke']]);
  });

  it('edits that change only the verb before an interviewer\'s name ("interviewed by" / "photographed by") still give the one-shot result', () => {
    const paras = [
      'Marit Solbakken has led the ferry workers’ union through three strikes. She was interviewed by Tomasz Wierzbicki, our correspondent, in Tromsø.',
      'Q: “What would end the strike?”',
      'A: “A timetable that lets a deckhand see her children.”',
    ];
    expectEditsAsOneShot(paras, [[0, 'interviewed by', 'photographed by']]);
  });

  it('edits that change only whether a paragraph is the writer\'s question ("... than before?" / "... than before.") still give the one-shot result', () => {
    const paras = [
      'Chiamaka Okonkwo-Lind paints with her left hand now. “I cried every morning,” she says.',
      'The gallery’s director, Moira Castellane, calls it “the bravest show we have hung”.',
      'Does Okonkwo-Lind think the work is better than before?',
      '“Different. Slower. Less clever, which is good.”',
    ];
    expectEditsAsOneShot(paras, [[2, 'than before?', 'than before.']]);
  });

  it('edits that change only a name inside a quote ("Tomas is ..." / "This is ...") or whether it speaks as "I" still give the one-shot result', () => {
    const paras = [
      'Riverside manager Dario Pellegrini has denied that striker Owen Baptiste wants to leave the club.',
      '“Owen is happy. I spoke to his agent on Monday,” Pellegrini said on Thursday.',
      'Pellegrini also confirmed that winger Tomas Varga would miss six weeks with a knee injury. “Tomas is a huge loss for us,” he said.',
    ];
    expectEditsAsOneShot(paras, [[2, 'Tomas is a huge', 'This is a huge']]);
    expectEditsAsOneShot(['Divers from the Kessel Marine Trust have found a wreck off the headland.', 'Tobias Wrenfield, the trust’s dive officer, spent three weeks mapping the site.', '“When I first saw the bell, I had to surface.”'], [[2, 'When I first saw the bell, I had', 'When we first saw the bell, we had']]);
    expectEditsAsOneShot(['Sara Lindqvist and Maria Holtby ran the stall for ten years.', '“Maria did the accounts and I did the talking,” she said.'], [[1, '“Maria did', '“Nobody did'], [1, '“Maria did', '“Maria—did']]);
  });
});

describe('round 33: the opening\'s phrases said in full later', () => {
  it('edits that change only a later quote\'s words (the phrase said in full, or no longer) still give the one-shot result', () => {
    const paras = [
      'A bill to ban disposable vapes passed its second reading on Tuesday, after a debate in which one backbench MP called it “a solution looking for a problem.”',
      'Idris Penwarden, the opposition’s health spokesman, was unmoved. “This is a solution looking for a problem, and the shops know it,” he said.',
    ];
    expectEditsAsOneShot(paras, [[1, 'a solution looking for a problem', 'a problem looking for a solution']]);
  });

  it('edits that change only a person noun before "The woman, who asked not to be named," ("a woman" / "a pensioner") still give the one-shot result', () => {
    const paras = [
      'Police are warning about bogus gas engineers after a woman in her 70s paid £2,500 for a boiler check.',
      'The woman, who asked not to be named, told the Courier that a man had called at her door.',
      '“He had a badge and a clipboard,” she said.',
    ];
    expectEditsAsOneShot(paras, [[0, 'a woman in', 'a pensioner in']]);
  });

  it('edits that change only a lower-case word for a body between a body named by its kind and "the board said" still give the one-shot result', () => {
    const paras = ['The exam board Northern Qualifications apologised for the error.', 'Meanwhile, the school’s new board met on Tuesday.', '“We have lost confidence in the head,” the board said.'];
    expectEditsAsOneShot(paras, [[1, 'new board met', 'new head met']]);
  });

  it('edits that change only whether a bare question asks of a "she" still give the one-shot result', () => {
    const paras = ['Kofi Mensah-Barrow set up a bike charity in his garage. He spoke to Ellie Novak.', 'Why do you back it?', '“Patience, and a lot of tea.”'];
    expectEditsAsOneShot(paras, [[1, 'back it?', 'back her?']]);
  });

  it('edits that change only an age in the sentence before "said the 38-year-old" ("her 18-month-old son" / "her young son") still give the one-shot result', () => {
    const paras = ['A toy is being recalled.', 'Aoife Brennan said her 18-month-old son, Cathal, was rushed to hospital in May. “He went blue in seconds,” said the 38-year-old.'];
    expectEditsAsOneShot(paras, [[1, 'her 18-month-old son', 'her young son']]);
  });

  it('edits that change only whether a paragraph is a bare question ("Why bikes?" / "Why bikes.") still give the one-shot result', () => {
    const paras = ['Kofi Mensah-Barrow set up a bike charity in his garage. He spoke to Ellie Novak.', 'What do you need most?', '“Mechanics. We have more bikes than we can fix.”'];
    expectEditsAsOneShot(paras, [[1, 'most?', 'most.']]);
  });

  it('edits that change only whether a Q and A\'s first question speaks of a "he" ("called them" / "called him") still give the one-shot result', () => {
    const paras = ['Siobhán Rua took over Brennock Logistics in 2019. She spoke to Ledger Quarterly’s Kofi Mensah-Boateng.', 'Q: “What did the bank say when you called them?”', 'A: “They asked me in for a coffee.”'];
    expectEditsAsOneShot(paras, [[1, 'called them', 'called him']]);
  });

  it('edits that change only whether the next paragraph opens naming someone who speaks ("officer, said" / "officer said") still give the one-shot result', () => {
    const paras = ['A senior aviation official told a subcommittee that shortages had reached “a critical level.”', 'Marcus Delacroix-Finn, the agency’s chief operating officer, said 41 facilities were short.'];
    expectEditsAsOneShot(paras, [[1, 'officer, said 41', 'officer said 41']]);
  });

  it('edits that change only whether a paragraph keeps someone unnamed ("unnamed" / "unknown") still give the one-shot result', () => {
    const paras = ['Supermarket bosses were accused of “profiteering by unnamed firms” by the chair of the business committee on Tuesday.', 'The chair, Olu Fairweather, pressed the chief executives on margins.'];
    expectEditsAsOneShot(paras, [[0, 'by unnamed firms', 'by unknown firms']]);
  });

  it('edits that change only who the story says put the questions ("put by accredited correspondents" / "put to accredited correspondents") still give the one-shot result', () => {
    const paras = ['Below is an excerpt from the briefing, conducted by spokesperson Dalia Kerimova. Questions were put by accredited correspondents.', 'Q: “Will the ambassador be recalled?”', 'KERIMOVA: “There is no such decision.”'];
    expectEditsAsOneShot(paras, [[0, 'put by accredited', 'put to accredited']]);
  });

  it('edits that change only who ends a paragraph "... said:" ("the family said:" / "the family said.") still give the one-shot result', () => {
    const paras = ['Anita Rao died after routine surgery at a private hospital.', 'In a statement released through their solicitors, the family said:', '“She trusted that she would be safe there.”'];
    expectEditsAsOneShot(paras, [[1, 'the family said:', 'the family said.']]);
  });
});

/** Each edit (paragraph, from, to), applied to `paras` in a session and taken back, gives what a
 * one-shot analysis of the same text gives. */
function expectEditsAsOneShot(paras: string[], edits: [number, string, string][]): void {
  const s = createAttributionSession();
  expect(s.update(paras)).toEqual(analyzeParagraphs(paras));
  for (const [i, from, to] of edits) {
    const edited = paras.slice();
    edited[i] = edited[i]!.replace(from, to);
    expect(edited[i]).not.toBe(paras[i]);
    expect(s.update(edited)).toEqual(analyzeParagraphs(edited));
    expect(s.update(paras)).toEqual(analyzeParagraphs(paras));
  }
}

describe('rounds 39 and 40: what the linking pass reads around a name', () => {
  it('edits that change only the word after "has" following a surname the lexicon knows as a place ("has sung" / "has been") still give the one-shot result', () => {
    const paras = [
      '“I will remember that until I die,” said Arthur Pennington, the choir’s oldest member.',
      'Musical director Gwenllian Thomas-Okeke said the arrangement had been the members’ idea.',
      'Pennington has sung in chapel choirs for decades. “Eighty-five years of hymns and I win my first prize,” said the 91-year-old.',
    ];
    expectEditsAsOneShot(paras, [[2, 'has sung in', 'has been in']]);
  });

  it('edits that change only the word after the title-named person opening the next paragraph ("said" / "agreed") still give the one-shot result', () => {
    const paras = [
      'The city’s mayor used her annual address on Friday to announce a review of bus fares, telling councillors the current system “punishes the people who ride most.”',
      'Mayor Thandi Mokoena said the review would be done before the budget.',
    ];
    expectEditsAsOneShot(paras, [[1, 'Mokoena said the', 'Mokoena agreed the']]);
  });
});

describe('round 40: the gender a sentence gives its subject', () => {
  it('edits that change only the word before the subject\'s "he" ("when he" / "so he") still give the one-shot result', () => {
    const paras = [
      'Eifion Rhys-Mabuza was 14 when he first went underground at the Tŷ Mawr colliery in the Rhondda. Now 88, he is one of the last men alive who worked there.',
      '“Nobody told you anything. You learned by watching,” he says.',
    ];
    expectEditsAsOneShot(paras, [[0, 'was 14 when he', 'was 14 so he']]);
  });
});

describe('round 40: whom an interview was with', () => {
  it('edits that change only what opens the sentence before the interviewee\'s role ("Test, the fast bowler" / "Test and the fast bowler") or the paper\'s verb ("sat down with" / "sat down beside") still give the one-shot result', () => {
    const paras = [
      'After taking eight wickets in his first home Test, the fast bowler Deshan Perera-Silva, 24, sat down with our cricket writer, Joanna Mbeki-Hart, at the ground.',
      'Q: “Were you nervous this morning?”',
      'A: “Only until the first ball. Then it was just cricket.”',
    ];
    expectEditsAsOneShot(paras, [[0, 'Test, the fast bowler', 'Test and the fast bowler']]);
    const paper = [
      'The Harbour Courier sat down with Ines Okafor-Lund, the new head of the city’s ferry service. The interview was conducted by our transport reporter, Mikael Strand.',
      'Q: “Why are the evening sailings so often late?”',
      'A: “Crew shortages, mostly.”',
    ];
    expectEditsAsOneShot(paper, [[0, 'sat down with Ines', 'sat down beside Ines']]);
  });
});

describe('round 40: the story opening with someone brought in as anyone', () => {
  it('edits that change only the opening article ("A retired nurse" / "The retired nurse") still give the one-shot result', () => {
    const paras = [
      'A retired nurse who gave evidence at an arson trial has told a jury she “slept with the lights on for a year” after her shop was set alight.',
      'Dorothy Penhale, 71, was a prosecution witness at the trial of Kyle Brannock, who was convicted last year.',
    ];
    expectEditsAsOneShot(paras, [[0, 'A retired nurse', 'The retired nurse']]);
  });
});

describe('round 41: a document going on as "It"', () => {
  it('an edit that changes only the word opening the paragraph between ("It estimates" / "Its estimate") still gives the one-shot result', () => {
    const paras = [
      'House prices could fall by a tenth this year, according to a report published on Monday by the Centre for Housing Research.',
      '“Buyers are waiting for rates to fall,” the report says.',
      'It estimates that transactions will be 12 per cent lower than last year.',
      '“For first-time buyers, the wait may be longer still,” it adds.',
    ];
    expectEditsAsOneShot(paras, [[2, 'It estimates that', 'Its estimate is that']]);
    expectEditsAsOneShot(paras, [[2, 'It estimates that', 'Ix estimates that']]);
    expectEditsAsOneShot(paras, [[2, 'It estimates that', 'It expects that']]);
  });
});

describe('round 41, reviewed: whom the last sentence speaks of', () => {
  it('edits that change only a person noun after the subject ("the teenager" / "the pitch") or whose the subject is ("widow" / "partner") still give the one-shot result', () => {
    const paras = [
      'Okonjo, 19, scored twice on his full debut. His manager, Liam Devereux, said the teenager had been “unplayable”.',
      '“I just tried to enjoy it,” he said.',
    ];
    expectEditsAsOneShot(paras, [[0, 'said the teenager had', 'said the pitch had']]);
    const widow = [
      'The Court of Appeal has quashed the conviction of a crane driver over the death of Ian Hartley, who was crushed at a depot in Rochdale.',
      'Writing for the panel, Justice Maria Oduya said: “We cannot be confident of the verdict.”',
      'Mr Hartley’s widow, Sandra Hartley, said the family was “devastated to have to go through it all again”.',
      '“Ian went to work and didn’t come home,” she said.',
    ];
    expectEditsAsOneShot(widow, [[2, 'Hartley’s widow', 'Hartley’s partner']]);
  });
});

describe('round 41: the agent a passive sentence names last', () => {
  it('an edit that changes only "by" before the agent ("succeeded ... by" / "succeeded ... alongside") still gives the one-shot result', () => {
    const paras = [
      '“I take full responsibility,” Ryota Ishida told a news conference in Osaka.',
      'Ishida will be succeeded on an interim basis by the group’s finance director, Chihiro Nakane. “Our first task is to win back trust,” she said in a statement.',
    ];
    expectEditsAsOneShot(paras, [[1, 'interim basis by the', 'interim basis alongside the']]);
  });
});

describe('round 41: "According to" someone before a pronoun', () => {
  it('an edit that changes only "According to" ("Thanks to") still gives the one-shot result', () => {
    const paras = [
      'Coffee growers in the south said frost had cut their crop. “I lost half my trees in one night,” said Ademir Kuhn, who farms near Franca.',
      'According to Rosângela Moura Dias, an economist at Tavares Lemos in Rio, prices would stay high into next year. “Roasters have no stock left to fall back on,” she said.',
    ];
    expectEditsAsOneShot(paras, [[1, 'According to Rosângela', 'Thanks to Rosângela']]);
  });
});

describe('round 42: the one the story opens with by their role, named next', () => {
  it('an edit that changes only the verb after "who" ("who chairs" / "who joined") still gives the one-shot result', () => {
    const paras = [
      'A council finance director was accused by the chair of a scrutiny committee of “hiding the numbers” on Thursday, as councillors questioned a £12m overspend.',
      'Hollis Grant-Obi, who chairs the Audit and Scrutiny Committee, pressed Renata Vasquez on why the overspend had not been reported sooner.',
    ];
    expectEditsAsOneShot(paras, [[1, 'who chairs the', 'who joined the']]);
  });
});

describe('round 42: a place after "from" beside the subject', () => {
  it('an edit that changes only "from" before the place ("from" / "with") still gives the one-shot result', () => {
    const paras = [
      'Customers of broadband supplier Fibrelle have complained of being billed twice in the same week.',
      'Graham Pellow, from Penwithick, said £96 had left his account on two days running. “I have reported it five times,” said the 61-year-old.',
      'Fibrelle said a “handful” of accounts had been affected.',
    ];
    expectEditsAsOneShot(paras, [[1, 'Pellow, from Penwithick', 'Pellow, with Penwithick']]);
  });
});

describe('round 43: facts read from a paragraph\'s words', () => {
  it('an edit that changes only a death told ("found dead" / "found calm") still gives the one-shot result', () => {
    const paras = ['Kieran Walsh was 19.', 'He was found dead after his motorbike hit a lorry.', '“I wake up every morning and check my phone.”'];
    expectEditsAsOneShot(paras, [[1, 'found dead', 'found calm']]);
  });

  it('an edit that changes only what stands between "It said" and its quote still gives the one-shot result', () => {
    const paras = ['The military said in a statement that it had carried out “a precise strike”.', 'It said, quoting its staff, that the operation was “a success”.'];
    expectEditsAsOneShot(paras, [[1, 'It said, quoting its staff, that', 'It said, as before, that']]);
  });

  it('an edit that changes only a document spoken of before "It" ("the review" / "the visit") still gives the one-shot result', () => {
    const paras = ['The ministry said it had received the review and found it “thorough”.', 'It recommends “urgent reform” of the system.'];
    expectEditsAsOneShot(paras, [[0, 'received the review', 'received the visit']]);
  });
});

describe('round 43: initials given in brackets', () => {
  it('an edit that changes only the bracketed initials ("(MQL)" / "(MQX)") still gives the one-shot result', () => {
    const paras = ['Hendrik Oosthuizen took over the vineyard. He spoke to Marta Quiroga-Lund (MQL) for Cellar & Vine.', 'MQL: “Why go organic?”'];
    expectEditsAsOneShot(paras, [[0, '(MQL)', '(MQX)']]);
  });
});

describe('round 44: a counsel\'s letters after a name', () => {
  it('an edit that changes only "KC" after the name ("KC" / "MP") still gives the one-shot result', () => {
    const paras = [
      'A barrister representing a man charged with running a drugs network has told jurors the case is built on “hunches dressed up as proof”.',
      'Closing for the defence at Luton Crown Court, Imogen Tull KC said there was no forensic evidence.',
    ];
    expectEditsAsOneShot(paras, [[1, 'Tull KC said', 'Tull MP said']]);
  });
});

describe('round 45: a Q and A intro\'s journalist', () => {
  it('an edit that changes only a credit line\'s word ("Words by" / "Interview by") still gives the one-shot result', () => {
    const paras = [
      'Glaciologist Ruben Achterhof-Mensah has measured the same ice field in Svalbard for nineteen summers. Words by Hanne Solberg.',
      'Q: “How fast is it going?”',
      'A: “Faster every year.”',
    ];
    expectEditsAsOneShot(paras, [[0, 'Words by', 'Interview by']]);
  });

  it('an edit that changes only whether the journalist is a former one ("our music correspondent" / "our former correspondent") still gives the one-shot result', () => {
    const paras = [
      'Morag Keddie, our music correspondent, met the cellist Anselm Vauquelin before his last recital.',
      'Q: “Will you miss it?”',
      'A: “Ask me in a month.”',
    ];
    expectEditsAsOneShot(paras, [[0, 'our music correspondent', 'our former correspondent']]);
  });
});

describe('round 45: "the late" before a name', () => {
  it('an edit that changes only "the late" ("the late organ builder" / "the famed organ builder") still gives the one-shot result', () => {
    const paras = [
      'Tomasz Wierzbowski has restored church organs for forty years. He learned the trade from the late organ builder Henryk Malec in Gdańsk.',
      '“He never let me touch a pipe for the first year,” he said.',
    ];
    expectEditsAsOneShot(paras, [[0, 'the late organ builder', 'the famed organ builder']]);
  });
});

describe('round 45: a "who" clause set off after a quote\'s cue', () => {
  it('an edit that changes only "who" after the cue ("the baker, who gave" / "the baker, and gave") still gives the one-shot result', () => {
    const paras = ['Neighbours describe a courteous man who walks to the bakery every morning. “He always asks after my mother,” said the baker, who gave only her first name, Lucía.'];
    expectEditsAsOneShot(paras, [[0, 'the baker, who gave', 'the baker, and gave']]);
  });
});

describe('round 46: "That was how" opening the paragraph after a quote', () => {
  it('an edit that changes only the opening ("That was how" / "Here was how") still gives the one-shot result', () => {
    const paras = [
      'Teachers from across the county gathered in Derby on Friday for the national classroom awards.',
      '“I thought it was a prank call from one of my flatmates, to be honest with you.”',
      'That was how Amara Nwosu, a 24-year-old trainee teacher from Leicester, described the moment she learned she had won.',
    ];
    expectEditsAsOneShot(paras, [[2, 'That was how', 'Here was how']]);
  });
});

describe('round 47: a place\'s name and someone unnamed reporting on themselves', () => {
  it('an edit that changes only the word before "of" ahead of a place ("Residents of" / "Friends of") still gives the one-shot result', () => {
    const paras = [
      'Residents of Pentre Isaf have voted to ban fireworks from the village green.',
      'The motion was brought by Gwenllian Price-Jones, 63, who keeps horses behind the chapel.',
      '“My mare went through a fence last November,” she says. “I do not want to see that again.”',
    ];
    expectEditsAsOneShot(paras, [[0, 'Residents of', 'Friends of']]);
  });

  it('an edit that moves the pronoun away from the speech verb ("said he had seen the error" / "said the error was on every payslip he had seen") still gives the one-shot result', () => {
    const paras = [
      'A fault in a widely used payroll system left thousands of workers unpaid on Friday, the union Unite-North said.',
      'The supplier, Greyford Systems, apologised on Friday evening and said a fix was being tested.',
      'An IT contractor at a depot in Leeds, who was not authorised to comment, said he had seen the error on every payslip. “Nobody got a penny,” he said.',
    ];
    expectEditsAsOneShot(paras, [[2, 'said he had seen the error on every payslip.', 'said the error was on every payslip he had seen.']]);
  });
});

describe('round 47: a Q and A\'s subject "spoke to" someone named bare', () => {
  it('edits that change only the verb before "to" or the word after the name ("spoke to" / "wrote to", "by phone" / "about phones") still give the one-shot result', () => {
    const paras = [
      'Kwabena Owusu-Ansah’s third collection of stories, “Harmattan Mornings”, has been longlisted for the Calloway Prize. He, who turns 60 this week, then spoke to Dervla Nic Aodha by phone from Accra.',
      'Q: “Where were you when you heard?”',
      'A: “At my sister’s wedding. I read the email during the speeches and had to pretend I was crying about the bride.”',
    ];
    expectEditsAsOneShot(paras, [
      [0, 'then spoke to Dervla', 'then wrote to Dervla'],
      [0, 'Nic Aodha by phone', 'Nic Aodha about phones'],
    ]);
  });
});

describe('round 47: a quote-only paragraph after one about its speaker alone', () => {
  it('edits that change only the word after a capitalised word ("Yoruba literature" / "Yoruba said") or the quote\'s "my" ("my line" / "the line") still give the one-shot result', () => {
    const paras = [
      'In a portable classroom behind the stadium, Funmilayo Adeyemi-Fox teaches 40 children to read.',
      '“They arrive knowing three languages and leave knowing four,” she says.',
      'Adeyemi-Fox, 51, taught Yoruba literature at a university in Ibadan for 20 years before she moved.',
      '“It is a job. But the classroom was my line.”',
    ];
    expectEditsAsOneShot(paras, [
      [2, 'taught Yoruba literature', 'taught Yoruba poets'],
      [3, 'was my line', 'was the line'],
    ]);
  });
});

describe('round 49: someone new and unnamed opening the sentence before a pronoun', () => {
  it('edits that change only the newcomer\'s noun or verb ("officer" / "office", "was less sure" / "was arrested") still give the one-shot result', () => {
    const paras = [
      'The council leader, Graham Sutcliffe, said the barrier had held. “We were lucky,” he said.',
      'A regional flood management officer, speaking on condition of anonymity, was less sure. “The next storm will not be so kind,” he said.',
    ];
    expectEditsAsOneShot(paras, [
      [1, 'management officer,', 'management office,'],
      [1, 'was less sure.', 'was arrested.'],
    ]);
  });

  it('an edit that changes only the word before a firm in the description ("spokesman for Halvard" / "spokesman by Halvard") still gives the one-shot result', () => {
    const paras = [
      'The ferry operator Halvard Marine is to cut 120 jobs at its Aberdeen depot, staff were told on Monday.',
      'The union’s regional organiser, Colin Dunbar, said: ‘This is a body blow for the town.’',
      'A spokesman for Halvard Marine said no decisions on individual roles had been made. ‘Consultation starts today,’ he said.',
    ];
    expectEditsAsOneShot(paras, [[2, 'spokesman for Halvard', 'spokesman by Halvard']]);
  });
});

describe('round 49: the named subject reported speaking in the paragraph before', () => {
  it('edits that change only that verb or the name after it ("said the investigation" / "led the investigation", "Operation Kestrel" / "Leon Marsh") still give the one-shot result', () => {
    const paras = [
      'Sentencing the gang at Harlow Crown Court, Judge Miriam Oyelaran said its leader, Dwayne Pickett, 31, had treated children “as disposable”.',
      '“You recruited boys of 14 and then told them they owed you money,” she told Pickett, who was jailed for 14 years.',
      'Detective Inspector Pavel Novak said the investigation, Operation Kestrel, had involved 18 months of surveillance.',
      '“Today’s sentences send a clear message,” he said.',
    ];
    expectEditsAsOneShot(paras, [
      [2, 'Novak said the investigation', 'Novak led the investigation'],
      [2, 'Operation Kestrel', 'Leon Marsh'],
    ]);
  });
});

describe('round 49: a gender the next sentence gives, and a name in the predicate', () => {
  it('edits that change only the next sentence\'s pronoun or the place after "out of" ("She has" / "It has", "Port Wenna" / "Ellen Wenna") still give the one-shot result', () => {
    const paras = [
      'On the morning we head out to Merrow Reef, the water is glass-clear below.',
      'Marine ecologist Tjarra Nolan has been diving this reef for 19 years. She has watched it bleach three times.',
      '“The shallows break your heart. I go deep first.”',
      'Her dive partner, Tavish Keane, runs a tourism business out of Port Wenna and has seen bookings fall by a third. “Visitors read the headlines and think the whole reef is dead,” he says.',
    ];
    expectEditsAsOneShot(paras, [
      [1, 'She has watched', 'It has watched'],
      [3, 'out of Port Wenna', 'out of Ellen Wenna'],
    ]);
  });
});

describe('round 49: a given name the quote speaks of after a word', () => {
  it('an edit inside the quote that changes only the word before the name ("write to Edna" / "write, Edna") still gives the one-shot result', () => {
    const paras = [
      'For 60 years, ‘Lower Fold’ has gone out at 7.15pm on Radio Wessex, a village soap in which very little happens.',
      'Its longest-serving cast member, Marjorie Quill-Ansah, 86, has played the landlady Edna Boyce since 1971. ‘People write to Edna, not to me,’ she says.',
    ];
    expectEditsAsOneShot(paras, [[1, 'People write to Edna,', 'People write, Edna,']]);
  });
});

describe('round 49: a name inside a description set off after the subject', () => {
  it('an edit that changes only the preposition before it ("a Republican senator for Billings Ridge" / "a Republican senator, Billings Ridge") still gives the one-shot result', () => {
    const paras = [
      'HELENA, Mont. (AP) — State Sen. Marta Two-Rivers held the floor for nine hours Tuesday in a failed bid to stop a bill that would close 11 rural polling places.',
      '"This one is from a woman in Red Lodge who is 91 years old," Two-Rivers said around hour five, her voice hoarse.',
      'Senate Majority Leader Joan Ekstrand, a Republican senator for Billings Ridge, said the closures were about cost, not access. "Counties asked us for this," she said.',
    ];
    expectEditsAsOneShot(paras, [[2, 'senator for Billings Ridge,', 'senator, Billings Ridge,']]);
  });
});

describe('round 49, reviewed: what the newcomer does', () => {
  it('edits that change only the newcomer\'s verb or whether the sentence keeps them unnamed ("was philosophical" / "was taken ill", "declined to give her name" / "declined to give any interviews") still give the one-shot result', () => {
    const paras = [
      'The opera house’s director, Lars Holm, apologised for the strike. “We are doing all we can,” he said.',
      'One ticket holder, who had travelled from Aarhus, was philosophical. “I have seen Tosca die six times,” he said.',
      'On Sadova Street, a woman in her seventies sweeping glass from a porch declined to give her name. “I am not afraid any more,” she said.',
    ];
    expectEditsAsOneShot(paras, [
      [1, 'was philosophical.', 'was taken ill.'],
      [2, 'declined to give her name.', 'declined to give any interviews.'],
    ]);
  });
});

describe('round 50: a Q and A\'s journalist by their beat', () => {
  it('edits that change only the beat or the pronoun after "asked" ("Education reporter" / "Veteran reporter", "asked her" / "asked them") still give the one-shot result', () => {
    const paras = [
      'Thandiwe Mokoena took over as principal of Ridgeway High School in January. Education reporter Johan Venter asked her about her first term.',
      'Q: “What surprised you most?”',
      'A: “How much of the job is plumbing.”',
    ];
    expectEditsAsOneShot(paras, [
      [0, 'Education reporter', 'Veteran reporter'],
      [0, 'asked her about', 'asked them about'],
    ]);
  });
});

describe('round 50: the paragraph before a paragraph that opens "“…,” he said."', () => {
  it('edits that change only the role\'s verb or the other gender\'s name ("The imam said" / "The imam hoped", "Ms Pennington’s son" / "Mr Pennington’s son") still give the one-shot result', () => {
    const paras = [
      'Imam Bilal Rahimi, who has led prayers at the mosque for 11 years, said many guests had never been inside one.',
      '“People are nervous at the door, and then they see the tea,” he said.',
      'Among the visitors was retired postman Dennis Wragg, 71, who lives two streets away.',
      '“I’ve walked past it for years,” he said.',
      'The imam said the mosque hoped to run similar events every quarter.',
      '“If one person leaves with a question answered, that’s a good day,” he said.',
      'Ms Pennington’s son, Carl Pennington, told the hearing that his family had been “wiped out in a single second.”',
      '“People talk about closure. There is no such thing,” he said.',
    ];
    expectEditsAsOneShot(paras, [
      [4, 'The imam said the mosque hoped', 'The imam hoped the mosque would'],
      [6, 'Ms Pennington’s son', 'Mr Pennington’s son'],
    ]);
  });
});

describe('round 50: "One of Mr Ames’s former colleagues, who asked not to be named," and ", but their captain, X, insisted"', () => {
  it('edits that change only the words before the owner or the owner of the captain ("One of" / "Two of", "their captain" / "his captain") still give the one-shot result', () => {
    const paras = [
      'Hartley Freight said in a statement: “We are disappointed with the decision.”',
      'One of Mr Ames’s former colleagues, who still works at the depot and asked not to be named, said little had changed. “They fixed one heater. One,” she said.',
      'Manager Stellan Berglund has banned his players from looking at the table.',
      '“It is one game. We can do it once more,” Berglund said.',
      'Ashby have nothing to play for except pride, but their captain, Tomás Ó Briain, insisted his side would not “roll over”.',
      '“People talk about end-of-season games like they don’t matter. They matter to us,” he said.',
    ];
    expectEditsAsOneShot(paras, [
      [1, 'One of Mr Ames’s', 'Two of Mr Ames’s'],
      [4, 'but their captain', 'but his captain'],
    ]);
  });
});

describe('round 50: "One of his former students accused him ... / “…,” he said."', () => {
  it('an edit that changes only whose people they are ("One of his" / "One of her") still gives the one-shot result', () => {
    const paras = [
      'Prof Joel Ames has been suspended pending an inquiry. One of his former students accused him of plagiarism in 2021.',
      '“The allegations are entirely false,” he said.',
    ];
    expectEditsAsOneShot(paras, [[0, 'One of his former', 'One of her former']]);
  });
});

describe('round 51: "took questions from the audience" before a transcript', () => {
  it('an edit that changes only whose questions they were ("from the audience" / "from the public") still gives the one-shot result', () => {
    const paras = [
      'After the screening, the director Agnieszka Kowalczyk-Dunn took questions from the audience. An edited version follows.',
      'Q: “How much of it was improvised?”',
      'KOWALCZYK-DUNN: “More than the producers know.”',
    ];
    expectEditsAsOneShot(paras, [[0, 'questions from the audience', 'questions from the public']]);
  });
});

describe('round 51: "Santoni, she says, refused ..." before a quote-only paragraph', () => {
  it('an edit that changes only the set-off pronoun\'s verb ("she says" / "as she says") still gives the one-shot result', () => {
    const paras = [
      'Leïla Benhamou-Ferrand is sanding the neck of a guitar.',
      '“People think it is romantic. It is mostly dust,” she says.',
      'She learned the trade from Joseph Santoni. Santoni, she says, refused to let her touch a saw for her first six months.',
      '“He made me sweep. Then he made me sharpen. That was the exam.”',
    ];
    expectEditsAsOneShot(paras, [[2, 'Santoni, she says, refused', 'Santoni, as she says, refused']]);
  });
});

describe('round 52: a phone-in\'s "CALLER:" named in the presenter\'s turn', () => {
  it('an edit to the name or the hand-over in the presenter\'s turn still gives the one-shot result', () => {
    const paras = [
      'This is an edited transcript of Tuesday’s phone-in on Valley Radio, presented by Owen Treharne.',
      'TREHARNE: “Line two now. Thandeka, go ahead.”',
      'CALLER: “My landlord has ignored the damp for two winters now.”',
      'TREHARNE: “Has he ever replied in writing?”',
    ];
    expectEditsAsOneShot(paras, [
      [1, 'Thandeka, go ahead', 'Thandeka, hold on'],
      [3, 'Has he ever', 'Lorraine, has he ever'],
    ]);
  });
});

describe('rounds 60 and 61: what a bare quote after someone unnamed reads', () => {
  it('edits that change only whether the sentence before reports speech ("said attitudes had shifted" / "was sure attitudes had shifted") still give the one-shot result', () => {
    const paras = [
      '“My mother cried when I got the job,” Halima Yusuf-Danjuma said.',
      'A village head near Sabon Gari, who asked not to be named, said attitudes had shifted. “Now the fathers bring their daughters to the gate.”',
    ];
    expectEditsAsOneShot(paras, [[1, 'named, said attitudes', 'named, was sure attitudes']]);
  });

  it('edits that change only whether a name follows the quote right away (“Slow down!” Wanjiku / “Slow down!” then Wanjiku) still give the one-shot result', () => {
    const paras = ['A boy pushing a handcart shouts for the women to move. “Slow down!” Wanjiku calls after him.'];
    expectEditsAsOneShot(paras, [[0, '“Slow down!” Wanjiku', '“Slow down!” Then Wanjiku']]);
  });
});

describe('round 61: a club the story brings in by a common noun', () => {
  it('edits that change only whether an earlier paragraph has "a nightclub" ("outside a nightclub" / "outside a takeaway") still give the one-shot result', () => {
    const paras = [
      'Kinmouth Rovers defender Ellis Mbatha was arrested on Saturday night after an incident outside a nightclub in the town centre.',
      'He was released without charge on Sunday. Kinmouth Rovers said they were aware of the matter.',
      '“Our security staff asked a group of men to leave at about 1am,” the club said.',
    ];
    expectEditsAsOneShot(paras, [[0, 'a nightclub', 'a takeaway']]);
  });
});

describe('round 62: the wire lede’s official and the next paragraph’s named speaker', () => {
  it('edits that change only the role the next paragraph gives its speaker ("regional director" / "a senior official") still give the one-shot result', () => {
    const paras = [
      'Famine is ‘likely within weeks’ in the besieged town of Umm Shajara unless aid convoys are allowed through, a senior aid official has warned.',
      '‘We have people eating animal fodder,’ said Dr Eleanor Achterberg-Mensah, regional director at the International Federation for Child Nutrition.',
    ];
    expectEditsAsOneShot(paras, [
      [1, 'regional director at', 'a senior official at'],
      [1, 'regional director at', 'Regional Director at'],
    ]);
  });
});

describe('rounds 66 and 67: what the linking pass reads at the end of a sentence or after its verb', () => {
  it('edits that change only "what" before a name ("what her grandmother, X, told her" / "how …") still give the one-shot result', () => {
    const paras = [
      'Outside Kalisz, Dorota Szymańska-Eze still keeps the old bakery oven that no longer pays its way.',
      'Szymańska-Eze, 47, still remembers what her grandmother, Helena Szymańska, told her on the day the mill closed.',
      '“An oven that is cold for a week forgets how to bake.”',
    ];
    expectEditsAsOneShot(paras, [[1, 'remembers what her', 'remembers how her']]);
  });
  it('edits that change only the pronoun closing a sentence (", she added." / ", it added.") still give the one-shot result', () => {
    const paras = [
      'The county has ended its grant to the Millbrook night shelter, which has run for 22 years.',
      'Its coordinator, Bronwen Achterberg, said the news had arrived “with no warning at all”.',
      'She said the shelter had housed 300 people last winter. Cabinet member Roisin Delahunt-Oyelaran had never set foot in the building, she added.',
      '“I would ask her to spend one night on our sofa. I do not think she would sign it off then.”',
      'Ms Delahunt-Oyelaran said the council had been left with “no room at all” in its budget.',
    ];
    expectEditsAsOneShot(paras, [[2, 'building, she added.', 'building, it added.']]);
  });
  it('edits that change only the pronoun after the subject\'s verb ("said she had spoken" / "said they had spoken") still give the one-shot result', () => {
    const paras = [
      'Skylane will close its base at Tarnford next spring, the airline said on Monday.',
      'Transport minister Ilse Okonkwo-Berg said she had spoken to the airline’s chief executive, Marten Vos-Adeyemi, twice this week.',
      '“I asked him whether anything would change the decision. He said no,” she said.',
    ];
    expectEditsAsOneShot(paras, [[1, 'said she had spoken', 'said they had spoken']]);
  });
});
