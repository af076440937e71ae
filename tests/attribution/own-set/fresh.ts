// The own set's second part: passages written after the rule changes made from the first part
// (passages.ts), measured once and not tuned on, as a check that those rules carry over to news
// they were not made from. Same gold conventions as passages.ts. People and organisations are made up.
import type { GoldItem } from '../dev-metrics';
import { passage, q } from './passages';

export const ownSetFresh: GoldItem[] = [
  passage(
    'fresh-sport-01',
    ['sport'],
    [
      'Valeport overturned a 14-point deficit to beat Cranmore Harlequins 27-24 at the Mill Ground on Saturday.',
      '“At half-time I told them nobody remembers a brave defeat,” said head coach Ray Tolland. “They went out and wrote a different story.”',
      'Cranmore captain Eoin Brady was blunt. “We stopped playing,” he said. “That is on me as much as anyone.”',
    ],
    [
      q('At half-time I told them nobody remembers a brave defeat,', 'Ray Tolland'),
      q('They went out and wrote a different story.', 'Ray Tolland'),
      q('We stopped playing,', 'Eoin Brady'),
      q('That is on me as much as anyone.', 'Eoin Brady'),
    ],
  ),
  passage(
    'fresh-court-01',
    ['court', 'british_single_quotes'],
    [
      'A care worker who stole from elderly residents has been jailed for 18 months.',
      'Jessica Marr, 29, took cash and jewellery worth £12,000 from four residents of Elm Lodge in Stockton, Teesside Crown Court heard.',
      "Prosecuting, Alan Whitby said: 'These were people who trusted her completely.'",
      "Sentencing her, Recorder Helen Pratt said Marr had shown 'a cold disregard' for the victims.",
    ],
    [q('These were people who trusted her completely.', 'Alan Whitby'), q('a cold disregard', 'Helen Pratt')],
  ),
  passage(
    'fresh-business-01',
    ['business', 'organisation', 'pronoun_after_organisation'],
    [
      'Tandem Bank reported a 20% rise in first-half profit on Thursday, helped by higher interest rates.',
      '“We have grown lending without loosening our standards,” chief executive Omar Siddiqui said.',
      'The lender also raised its dividend. It said it expected “a more challenging second half” as rates fall.',
    ],
    [q('We have grown lending without loosening our standards,', 'Omar Siddiqui'), q('a more challenging second half', 'Tandem Bank')],
  ),
  passage(
    'fresh-science-01',
    ['science'],
    [
      'A new species of frog has been discovered in the cloud forests of northern Peru, scientists said on Monday.',
      'The frog, which is smaller than a fingernail, was found by a team led by biologist Carmen Vidal of the University of Trujillo.',
      '“We heard it calling for weeks before we saw one,” Vidal said. “It was hiding in plain sight.”',
    ],
    [q('We heard it calling for weeks before we saw one,', 'Carmen Vidal'), q('It was hiding in plain sight.', 'Carmen Vidal')],
  ),
  passage(
    'fresh-local-01',
    ['local', 'same_gender'],
    [
      'Residents of Millbrook packed a meeting on Wednesday to oppose plans for a waste incinerator.',
      '“My children play in that field,” said Anna Kowalczyk, who lives 200 metres from the site.',
      'Councillor Denise Harper, who chairs the planning committee, said no decision had been made. “We will listen to every objection,” she said.',
    ],
    [q('My children play in that field,', 'Anna Kowalczyk'), q('We will listen to every objection,', 'Denise Harper')],
  ),
  passage(
    'fresh-obit-01',
    ['obituary'],
    [
      'Ronald Pettigrew, who coached the Ashford swimming club for five decades and trained three Olympians, has died aged 84.',
      '“He was at the pool at six every morning, rain or shine,” said Olympian Kate Sumner, whom he coached from the age of nine.',
      'Pettigrew once said the secret was simple: “Turn up, and then turn up again tomorrow.”',
    ],
    [q('He was at the pool at six every morning, rain or shine,', 'Kate Sumner'), q('Turn up, and then turn up again tomorrow.', 'Ronald Pettigrew')],
  ),
  passage(
    'fresh-wire-01',
    ['wire', 'dateline', 'appositive'],
    [
      'BRUSSELS — European ministers failed on Monday to agree on a common approach to fishing quotas in the North Sea.',
      '“We are further apart than we were a month ago,” said Henrik Dahl, Denmark’s minister for food, agriculture and fisheries, who has led the talks since January.',
      'A spokeswoman for the European Commission said talks would resume next week.',
    ],
    [q('We are further apart than we were a month ago,', 'Henrik Dahl')],
  ),
  passage(
    'fresh-unnamed-01',
    ['unnamed', 'sport'],
    [
      'Harbour City are close to appointing a new manager, according to two people with knowledge of the talks.',
      '“It should be done by the weekend,” one of them said.',
    ],
    [q('It should be done by the weekend,', 'person with knowledge of the talks (unnamed)')],
  ),
  passage(
    'fresh-titles-01',
    ['non_quote_quotation_marks'],
    [
      'The band’s new album, “Salt and Static”, entered the charts at number three on Friday.',
      'Its lead single, “Northern Line”, has been streamed more than 10 million times, and the band will play a “homecoming” show in Hull next month.',
    ],
    [],
  ),
  passage(
    'fresh-open-01',
    ['unclosed_paragraph_quote', 'nested_quotes'],
    [
      'Maria Sandoval recalled the night the river rose. “My neighbour knocked on the door and shouted, ‘Get out now!’ and we ran,” she said.',
      '“We lost everything downstairs. The photographs, the furniture, all of it.',
      '“But we are alive, and that is what matters.”',
    ],
    [
      q('My neighbour knocked on the door and shouted, ‘Get out now!’ and we ran,', 'Maria Sandoval'),
      q('We lost everything downstairs. The photographs, the furniture, all of it.', 'Maria Sandoval'),
      q('But we are alive, and that is what matters.', 'Maria Sandoval'),
    ],
  ),
  passage(
    'fresh-gender-01',
    ['same_gender', 'quote_about_someone'],
    [
      'Labour’s Peter Hines and the Conservative Mark Ellison traded blows over the hospital closure at the hustings.',
      '“This closure was signed off by his government,” Hines said.',
      '“Mr Hines knows that is not true,” Ellison replied. “The decision was made by the health trust.”',
      'Hines shook his head. “Read the minutes,” he said.',
    ],
    [
      q('This closure was signed off by his government,', 'Peter Hines'),
      q('Mr Hines knows that is not true,', 'Mark Ellison'),
      q('The decision was made by the health trust.', 'Mark Ellison'),
      q('Read the minutes,', 'Peter Hines'),
    ],
  ),
  passage(
    'fresh-headline-01',
    ['headline', 'dateline', 'british_single_quotes'],
    [
      'Flood defences ‘will hold’, says minister',
      'LONDON — Flood defences along the Thames will hold this winter, the environment minister said on Tuesday.',
      '“I have every confidence in the engineers,” said Rebecca Long, who visited the barrier at Woolwich.',
    ],
    [q('I have every confidence in the engineers,', 'Rebecca Long')],
  ),
  passage(
    'fresh-transcript-01',
    ['transcript'],
    [
      'In an interview with the Kettering Courier, Grant Oduya discussed his first year as mayor.',
      'COURIER: What surprised you most?',
      'ODUYA: How much of the job is fixing potholes.',
    ],
    [q('What surprised you most?', 'Kettering Courier'), q('How much of the job is fixing potholes.', 'Grant Oduya')],
  ),
  passage(
    'fresh-org-01',
    ['organisation'],
    [
      'Greystone Homes has agreed to pay £2 million to buyers whose new houses were found to have faulty roofs.',
      '“We accept that some of our work fell below the standard our customers deserve,” the firm said.',
      'Campaigner Lucy Brennan, whose own roof leaked for two years, welcomed the payment but said it was “years too late.”',
    ],
    [q('We accept that some of our work fell below the standard our customers deserve,', 'Greystone Homes'), q('years too late.', 'Lucy Brennan')],
  ),
  passage(
    'fresh-about-01',
    ['quote_about_someone', 'appositive'],
    [
      '“Jonas Weber is the finest young conductor in Europe,” said Sir Anthony Grey, the orchestra’s chairman, announcing Weber’s appointment.',
      'Weber, 31, said he was “humbled” by the appointment.',
    ],
    [q('Jonas Weber is the finest young conductor in Europe,', 'Anthony Grey'), q('humbled', 'Jonas Weber')],
  ),
  passage(
    'fresh-police-01',
    ['court'],
    [
      'Police are appealing for witnesses after a cyclist was seriously injured in a collision with a van in Hove on Sunday morning.',
      '“The van did not stop,” said Detective Sergeant Ruth Coyle of Sussex Police. “We need to hear from anyone who saw it.”',
    ],
    [q('The van did not stop,', 'Ruth Coyle'), q('We need to hear from anyone who saw it.', 'Ruth Coyle')],
  ),
  passage(
    'fresh-added-01',
    ['continuation'],
    [
      'The chef Paolo Renzi, whose restaurant in Leith won its first star this year, said the news had come as a shock.',
      '“I was in the kitchen when the phone rang,” Renzi said. “I thought it was a joke.”',
      '“Now the hard part starts,” he added. “Keeping it.”',
    ],
    [
      q('I was in the kitchen when the phone rang,', 'Paolo Renzi'),
      q('I thought it was a joke.', 'Paolo Renzi'),
      q('Now the hard part starts,', 'Paolo Renzi'),
      q('Keeping it.', 'Paolo Renzi'),
    ],
  ),
  passage(
    'fresh-protest-01',
    ['group'],
    [
      'Hundreds of nurses marched on the health ministry on Thursday, chanting “Fair pay now.”',
      'Health Minister Oren Kalman said the government’s offer was “final.”',
    ],
    [q('Fair pay now.', 'nurses'), q('final.', 'Oren Kalman')],
  ),
  passage(
    'fresh-document-01',
    ['document'],
    [
      'The prison was holding 40% more inmates than it was built for, according to an inspection report published on Wednesday.',
      'Inspectors found cells that were “filthy and cramped.”',
      'The governor, Neil Watts, said he accepted the report’s findings.',
    ],
    [q('filthy and cramped.', 'Inspectors')],
  ),
  passage(
    'fresh-sport-02',
    ['sport', 'role_noun'],
    ['Mitchell Hart beat Andre Costa 6-3, 6-4 to reach the final in Rotterdam on Saturday.', '“I served really well when it mattered,” said the Australian.'],
    [q('I served really well when it mattered,', 'Mitchell Hart')],
  ),
];
