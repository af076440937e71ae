// The own set's thirty-seventh part ("fresh 36"): written by a second author during the nineteenth session, without reading the engine's rules, its tests or any other part's passages, so it is measured on text its author never saw. It covers arts, culture, entertainment, obituaries and profiles (long features with quote-only paragraphs). Measured only. Same gold conventions as passages.ts. People, places and organisations are made up.
import type { GoldItem } from '../dev-metrics';
import { passage, q } from './passages';

export const ownSetFresh36: GoldItem[] = [
  passage('f36-obit-jazz-01', ['us_wire', 'obituary', 'relative_speaker', 'speaker_after_quote', 'partial_quote', 'age_after_name', 'quote_about_other'], [
    `Lorraine Abernethy-Cole, a jazz pianist whose late-night sets at a Baltimore supper club drew musicians from three states, died Tuesday at her home outside the city. She was 88.`,
    `Her death was confirmed by her son, Marcus Cole, who said she had been in declining health since a fall in the spring. "She played right up until her hands wouldn't let her," he said. "Even then she'd sit at the bench and just look at the keys."`,
    `"Lorraine never played a song the same way twice," said Desmond Arkwright, a bassist who performed with her for nearly two decades at the Velvet Lantern. "You had to listen to her like your life depended on it."`,
    `Born in rural Virginia, Ms. Abernethy-Cole began playing piano in church at age 6 and recorded her first album in 1961 for a small Philadelphia label.`,
    `She is survived by her son, two grandchildren and a sister, Evelyn Abernethy, 91, who said by phone that her sister "never once complained about anything except out-of-tune pianos."`,
  ], [
    q(`She played right up until her hands wouldn't let her,`, 'Marcus Cole'),
    q(`Even then she'd sit at the bench and just look at the keys.`, 'Marcus Cole'),
    q(`Lorraine never played a song the same way twice,`, 'Desmond Arkwright'),
    q(`You had to listen to her like your life depended on it.`, 'Desmond Arkwright'),
    q(`never once complained about anything except out-of-tune pianos.`, 'Evelyn Abernethy'),
  ]),

  passage('f36-theatre-closure-02', ['british_single_quotes', 'colon_cue', 'pronoun_speaker', 'organisation_speaker', 'unnamed_source', 'partial_quote'], [
    `The Halloran Playhouse in Kestleby is to close its main stage for 18 months while a £14 million refurbishment is carried out, its board announced yesterday.`,
    `Artistic director Fenella Pryce said: 'This is a building that has been held together with gaffer tape and goodwill for 40 years. We cannot ask audiences to sit in those seats for another winter.'`,
    `'We will keep making work, just in church halls, in schools and, if the weather holds, in the market square,' she added.`,
    `The decision has been criticised by some local traders. Graham Tollett, who runs a café opposite the theatre, said: 'Half my evening trade is people coming out of a show. Eighteen months is a long time to go without that.'`,
    `A spokesman for Kestleby Borough Council said the authority had contributed £2 million and remained 'fully committed' to the project.`,
  ], [
    q(`This is a building that has been held together with gaffer tape and goodwill for 40 years. We cannot ask audiences to sit in those seats for another winter.`, 'Fenella Pryce'),
    q(`We will keep making work, just in church halls, in schools and, if the weather holds, in the market square,`, 'Fenella Pryce'),
    q(`Half my evening trade is people coming out of a show. Eighteen months is a long time to go without that.`, 'Graham Tollett'),
    q(`fully committed`, 'Kestleby Borough Council spokesperson (unnamed)'),
  ]),

  passage('f36-film-festival-03', ['canadian', 'non_quote_quotation_marks', 'film_titles', 'age_after_name', 'partial_quote'], [
    `TORONTO — A quiet family drama from a first-time director in Saskatoon took the top audience prize at the Lakeshore Film Festival on Sunday, beating out several studio-backed titles.`,
    `"Winter Wheat," directed by Amelie Tourangeau, follows three sisters who return to their late father's farm to decide whether to sell it.`,
    `"I made this movie with my cousins, my neighbours and a borrowed camera," Tourangeau, 31, told the crowd at the closing gala. "I don't know what to do with this."`,
    `Festival programmer Jasvir Dhaliwal said the audience vote had been "not even close" and that the film's screenings had sold out within an hour of tickets going on sale.`,
    `The runner-up was "The Ferryman's Daughter," a period piece set in 1840s Kingston.`,
  ], [
    q(`I made this movie with my cousins, my neighbours and a borrowed camera,`, 'Amelie Tourangeau'),
    q(`I don't know what to do with this.`, 'Amelie Tourangeau'),
    q(`not even close`, 'Jasvir Dhaliwal'),
  ]),

  passage('f36-profile-painter-04', ['present_tense_says', 'feature', 'curly_quotes', 'continuation', 'quote_only_paragraph', 'relative_speaker', 'age_after_name'], [
    `Ines Valderrama-Holt paints in a converted dairy barn at the end of a gravel road, and on the morning I visit she is scraping a week’s worth of work off a canvas with a palette knife.`,
    `“It was lying to me,” she says, not looking up. “Sometimes a painting looks finished and it’s just tired.”`,
    `“I used to keep everything. Every sketch, every failure. Now I’m ruthless. If it doesn’t frighten me a little, it goes.”`,
    `Valderrama-Holt, 57, came to painting late, after two decades as a court stenographer upstate. Her husband, the sculptor Teodor Holt, remembers the day she quit. “She came home, put her shoes in the bin and said she was done typing other people’s words,” he says.`,
    `“He exaggerates. It was one shoe,” she says.`,
  ], [
    q(`It was lying to me,`, 'Ines Valderrama-Holt'),
    q(`Sometimes a painting looks finished and it’s just tired.`, 'Ines Valderrama-Holt'),
    q(`I used to keep everything. Every sketch, every failure. Now I’m ruthless. If it doesn’t frighten me a little, it goes.`, 'Ines Valderrama-Holt'),
    q(`She came home, put her shoes in the bin and said she was done typing other people’s words,`, 'Teodor Holt'),
    q(`He exaggerates. It was one shoe,`, 'Ines Valderrama-Holt'),
  ]),

  passage('f36-music-lawsuit-05', ['us_newspaper', 'document_speaker', 'statement', 'partial_quote', 'quote_about_other', 'pronoun_speaker'], [
    `A former guitarist for the rock band Gravel Saints has sued the group's lead singer, claiming he was cut out of royalties for songs he helped write, including the band's biggest hit.`,
    `The lawsuit, filed Monday in Los Angeles by Dwayne Kettering, says the singer, Travis Oakhurst, "systematically erased" Kettering's contributions from songwriting credits and profited from the deception for more than a decade.`,
    `In a statement released through his publicist, Oakhurst called the claims "baseless and frankly sad." "Dwayne was a member of this band for three years, and we wish him well. But he did not write these songs," Oakhurst said in the statement.`,
    `Kettering's attorney, Miriam Solano-Park, said her client had tried for years to resolve the dispute privately. "He is not looking for a payday," she said. "He is looking for his name on the record."`,
  ], [
    q(`systematically erased`, 'the lawsuit'),
    q(`baseless and frankly sad.`, 'Travis Oakhurst'),
    q(`Dwayne was a member of this band for three years, and we wish him well. But he did not write these songs,`, 'Travis Oakhurst'),
    q(`He is not looking for a payday,`, 'Miriam Solano-Park'),
    q(`He is looking for his name on the record.`, 'Miriam Solano-Park'),
  ]),

  passage('f36-museum-return-06', ['nz_english', 'heritage', 'pronoun_speaker', 'long_appositive'], [
    `A carved cloak pin taken from a Northland village more than 150 years ago will be returned to the hapū after a Scottish museum agreed to hand it back.`,
    `Ngaire Tawhiri, who chairs the trust that led the return campaign, said the news had brought tears to the eyes of kaumātua in the district. "Our old people have been asking for this for decades. Some of them did not live to see it," she said.`,
    `The Ardlaw Museum's director, Callum Strachan, said the decision followed a two-year review of the object's history. "The evidence was clear that it left New Zealand without consent," he said. "Keeping it would have been indefensible."`,
    `Tawhiri said a delegation would travel to Edinburgh in March. "We'll bring it home the proper way," she said.`,
  ], [
    q(`Our old people have been asking for this for decades. Some of them did not live to see it,`, 'Ngaire Tawhiri'),
    q(`The evidence was clear that it left New Zealand without consent,`, 'Callum Strachan'),
    q(`Keeping it would have been indefensible.`, 'Callum Strachan'),
    q(`We'll bring it home the proper way,`, 'Ngaire Tawhiri'),
  ]),

  passage('f36-celebrity-tour-07', ['us_newspaper', 'celebrity', 'social_media', 'age_after_name', 'according_to', 'unnamed_source', 'statement', 'partial_quote'], [
    `Pop singer Kaya Lindqvist has postponed the remaining dates of her North American tour, citing exhaustion, just days after collapsing backstage in Denver.`,
    `"I have given everything I have to these shows and right now there is nothing left. I'm so sorry," Lindqvist, 26, wrote in an Instagram post on Thursday.`,
    `Her manager, Bennett Okafor, said in a statement that the singer was "resting at home with family" and expected to make a full recovery.`,
    `Fans flooded the comments with support. "Take all the time you need, we'll be here," one wrote.`,
    `New dates will be announced "as soon as possible," according to the tour's promoter, Summit Live.`,
  ], [
    q(`I have given everything I have to these shows and right now there is nothing left. I'm so sorry,`, 'Kaya Lindqvist'),
    q(`resting at home with family`, 'Bennett Okafor'),
    q(`Take all the time you need, we'll be here,`, 'fan (unnamed)'),
    q(`as soon as possible,`, 'Summit Live'),
  ]),

  passage('f36-book-prize-08', ['british_single_quotes', 'colon_cue', 'long_appositive', 'non_quote_quotation_marks', 'book_title', 'pronoun_speaker', 'age_after_name', 'partial_quote'], [
    `The debut novelist Priya Oduya-Marsh has won the £30,000 Calloway Prize for fiction for 'The Salt Ledger', a multigenerational saga set among the pilchard fishermen of west Cornwall.`,
    `The chair of judges, the historian and broadcaster Professor Dame Hilary Wentworth-Bligh, said the panel had reached its decision 'in under an hour, which has never happened before'.`,
    `She said: 'It is a book about work, about the sea, about what families owe each other. It is also very funny, which people forget to mention.'`,
    `Oduya-Marsh, 34, who wrote the novel while working nights as a hospital porter in Plymouth, said: 'I keep thinking someone is going to ring and say there's been a mistake.'`,
    `Her publisher, Tom Everley of Gannet Press, said the book had sold 40,000 copies since the shortlist was announced. 'We've had to reprint three times,' he said.`,
  ], [
    q(`in under an hour, which has never happened before`, 'Hilary Wentworth-Bligh'),
    q(`It is a book about work, about the sea, about what families owe each other. It is also very funny, which people forget to mention.`, 'Hilary Wentworth-Bligh'),
    q(`I keep thinking someone is going to ring and say there's been a mistake.`, 'Priya Oduya-Marsh'),
    q(`We've had to reprint three times,`, 'Tom Everley'),
  ]),

  passage('f36-obit-fiddler-09', ['irish', 'obituary', 'relative_speaker', 'speaker_after_quote', 'long_appositive', 'partial_quote'], [
    `Tributes have been paid to the fiddler and broadcaster Séamus Ó Briain, who died on Saturday at his home in Ballycarra, Co Clare, aged 79.`,
    `His daughter, Áine Ní Bhriain, said the family had been overwhelmed by messages from around the world. "Dad would have been mortified by all the fuss. He'd have wanted everyone to stop talking and play a reel," she said.`,
    `"He'd give you the tune, the story behind the tune and the name of the woman he learned it from," said the uilleann piper Dónal Kearney, who toured with Ó Briain through the 1970s. "Nothing was ever his alone."`,
    `Minister for Culture Brendan Fahy said Ó Briain's weekly radio programme had "brought the music of the kitchen into the whole country's living room".`,
  ], [
    q(`Dad would have been mortified by all the fuss. He'd have wanted everyone to stop talking and play a reel,`, 'Áine Ní Bhriain'),
    q(`He'd give you the tune, the story behind the tune and the name of the woman he learned it from,`, 'Dónal Kearney'),
    q(`Nothing was ever his alone.`, 'Dónal Kearney'),
    q(`brought the music of the kitchen into the whole country's living room`, 'Brendan Fahy'),
  ]),

  passage('f36-radio-transcript-10', ['transcript', 'labelled_turns', 'us_radio'], [
    `The following is an edited excerpt of Friday's interview on WKRM's weekly arts program with the director Halvard Brisco, whose documentary about a shuttered Ohio steel mill opens nationally this week.`,
    `HOST RUTH ANSELM: "You spent six years on this film. When did you know it was finished?"`,
    `BRISCO: "Honestly? When the money ran out. But also when the last furnace worker I'd been following retired. It felt like the story had closed its own door."`,
    `ANSELM: "Some critics have called it bleak."`,
    `BRISCO: "It is bleak. It's also about people who laugh every single day in a place that's trying to kill them. I'd ask those critics to watch it twice."`,
  ], [
    q(`You spent six years on this film. When did you know it was finished?`, 'Ruth Anselm'),
    q(`Honestly? When the money ran out. But also when the last furnace worker I'd been following retired. It felt like the story had closed its own door.`, 'Halvard Brisco'),
    q(`Some critics have called it bleak.`, 'Ruth Anselm'),
    q(`It is bleak. It's also about people who laugh every single day in a place that's trying to kill them. I'd ask those critics to watch it twice.`, 'Halvard Brisco'),
  ]),

  passage('f36-casting-row-11', ['kenyan_english', 'same_gender_alternation', 'quote_about_other', 'partial_quote', 'statement'], [
    `NAIROBI — The casting of a revival at the Kilele Arts Centre has opened a rift between two of the country's most celebrated stage actresses.`,
    `Wanjiru Kamau, who originated the lead role in 1998, said she learnt of the revival from a newspaper advertisement. "Nobody called me. Not the director, not the producers, nobody," Kamau said.`,
    `Achieng Otieno, who has been cast in the part, said she had nothing but respect for her predecessor. "Wanjiru made that role. I have watched the recording more times than I can count," Otieno said.`,
    `"Respect would have been a phone call," Kamau said when told of the remarks.`,
    `"I didn't cast myself. She should take that up with the people who did," Otieno replied.`,
    `The centre's artistic director, Peter Njoroge Mwangi, said in a statement that Kamau had been "invited to attend opening night as our guest of honour".`,
  ], [
    q(`Nobody called me. Not the director, not the producers, nobody,`, 'Wanjiru Kamau'),
    q(`Wanjiru made that role. I have watched the recording more times than I can count,`, 'Achieng Otieno'),
    q(`Respect would have been a phone call,`, 'Wanjiru Kamau'),
    q(`I didn't cast myself. She should take that up with the people who did,`, 'Achieng Otieno'),
    q(`invited to attend opening night as our guest of honour`, 'Peter Njoroge Mwangi'),
  ]),

  passage('f36-film-reviews-12', ['us_newspaper', 'review', 'critic_speaker', 'non_quote_quotation_marks', 'film_titles', 'scare_quotes', 'partial_quote', 'speaker_after_quote'], [
    `Critics were sharply divided Wednesday over "Glass Orchard," the $200 million fantasy epic that its studio hopes will launch a "franchise."`,
    `Writing in the Chicago Ledger, critic Omar Haddad-Price called the film "a gorgeous screensaver with a cast," adding that its three-hour running time "felt like a season of television watched in a waiting room."`,
    `Not everyone agreed. "It is the most ambitious thing a studio has put on screen in years, and ambition deserves better than sneering," wrote Bettina Crowe of the Harbor Review.`,
    `The film's director, Niamh Castellane, defended the running time at the premiere last week. "If you want a short film, there are plenty of short films," she told reporters.`,
  ], [
    q(`a gorgeous screensaver with a cast,`, 'Omar Haddad-Price'),
    q(`felt like a season of television watched in a waiting room.`, 'Omar Haddad-Price'),
    q(`It is the most ambitious thing a studio has put on screen in years, and ambition deserves better than sneering,`, 'Bettina Crowe'),
    q(`If you want a short film, there are plenty of short films,`, 'Niamh Castellane'),
  ]),

  passage('f36-obit-choir-13', ['south_african', 'obituary', 'pronoun_speaker', 'organisation_speaker', 'relative_speaker', 'quote_about_other', 'nickname_in_quote'], [
    `JOHANNESBURG – Choral conductor Themba Mokoena, who led the Ikhwezi Singers to three international titles, has died at the age of 71.`,
    `His nephew, Sipho Mokoena, said the conductor died peacefully at home on Sunday evening, surrounded by family.`,
    `The choir's chairman, Bongani Dlamini, said the singers had been rehearsing for a concert when the news came. Mokoena had founded the choir in a church hall in 1979 with eleven members, he said, adding: "We stopped, we prayed, and then we sang his favourite hymn, because that is what he would have demanded."`,
    `"Baba Themba could hear one flat note in a hall of two thousand people," said Sipho Mokoena. "At family gatherings, we were all scared to sing happy birthday."`,
    `The Gauteng Choral Federation said in a statement that he had been "a giant of South African choral music".`,
  ], [
    q(`We stopped, we prayed, and then we sang his favourite hymn, because that is what he would have demanded.`, 'Bongani Dlamini'),
    q(`Baba Themba could hear one flat note in a hall of two thousand people,`, 'Sipho Mokoena'),
    q(`At family gatherings, we were all scared to sing happy birthday.`, 'Sipho Mokoena'),
    q(`a giant of South African choral music`, 'Gauteng Choral Federation'),
  ]),

  passage('f36-festival-storm-14', ['australian', 'festival', 'crowd_speaker', 'organisation_speaker', 'age_after_name', 'colon_cue', 'partial_quote'], [
    `More than 40,000 people packed the foreshore at Port Kellaway on Saturday for the final night of the Saltwater Sounds festival, despite a storm warning that forced organisers to pause the program for almost an hour.`,
    `Festival director Jacinta Morrow said the decision to pause was "the hardest call I've made in eleven years of doing this". "We had lightning 20 kilometres out and 40,000 people standing in a paddock. You don't muck around with that," she said.`,
    `When headliners The Dry Creek Boys finally returned to the stage, the crowd chanted "one more song" for a full five minutes after their set ended.`,
    `Police said there had been 12 arrests, mostly for minor drug offences, and described the crowd as "overwhelmingly well behaved".`,
    `Melbourne teenager Ruby Castellanos, 17, who camped for two nights to secure a front-row spot, said: "I'm soaked, I've lost a shoe and it was the best night of my life."`,
  ], [
    q(`the hardest call I've made in eleven years of doing this`, 'Jacinta Morrow'),
    q(`We had lightning 20 kilometres out and 40,000 people standing in a paddock. You don't muck around with that,`, 'Jacinta Morrow'),
    q(`one more song`, 'the crowd'),
    q(`overwhelmingly well behaved`, 'Police'),
    q(`I'm soaked, I've lost a shoe and it was the best night of my life.`, 'Ruby Castellanos'),
  ]),

  passage('f36-profile-getai-15', ['singaporean_english', 'present_tense_says', 'feature', 'curly_quotes', 'quote_only_paragraph', 'continuation', 'age_after_name', 'honorifics'], [
    `At 68, Madam Lim Bee Hoon still does her own make-up, a 40-minute ritual conducted in front of a cracked mirror in the back of a lorry that doubles as her dressing room.`,
    `“The audience can tell if you are lazy. Even from the back row, they can tell,” she says, pressing glitter onto one eyelid.`,
    `Madam Lim has sung at getai, the boisterous stage shows held during the seventh lunar month, for more than five decades. Her longtime keyboardist, Mr Tan Wei Ming, 72, says she has never once missed a show. “Fever, typhoon, her own wedding – she still came,” he says.`,
    `“My wedding was in the afternoon,” Madam Lim corrects him. “The show was at night. No conflict.”`,
    `“People think getai is old-fashioned, only for the aunties and uncles. But the young ones are coming back. They film everything on their phones, then they come again next year.”`,
  ], [
    q(`The audience can tell if you are lazy. Even from the back row, they can tell,`, 'Lim Bee Hoon'),
    q(`Fever, typhoon, her own wedding – she still came,`, 'Tan Wei Ming'),
    q(`My wedding was in the afternoon,`, 'Lim Bee Hoon'),
    q(`The show was at night. No conflict.`, 'Lim Bee Hoon'),
    q(`People think getai is old-fashioned, only for the aunties and uncles. But the young ones are coming back. They film everything on their phones, then they come again next year.`, 'Lim Bee Hoon'),
  ]),

  passage('f36-coaching-inn-16', ['british_single_quotes', 'local_news', 'heritage', 'colon_cue', 'unnamed_source', 'organisation_speaker', 'group_speaker', 'age_after_name', 'partial_quote'], [
    `Campaigners fighting to save a 17th-century coaching inn in Hadleigh Cross say they are 'devastated' after councillors approved plans to turn it into flats.`,
    `The Black Swan, which has stood on the High Street since 1684, closed in 2021. Developer Ridgeway Homes plans to convert it into nine apartments while keeping the original frontage.`,
    `Margaret Yelland, 74, of the Save the Swan group, said: 'My grandparents had their wedding reception in that back room. Once it's gone, it's gone. You don't get buildings like that back.'`,
    `A Ridgeway Homes spokesman said: 'We have worked closely with heritage officers throughout and the scheme will bring a derelict building back into use.'`,
    `One councillor, who asked not to be named, said: 'We had no legal grounds to refuse it. Our hands were tied.'`,
  ], [
    q(`devastated`, 'Campaigners'),
    q(`My grandparents had their wedding reception in that back room. Once it's gone, it's gone. You don't get buildings like that back.`, 'Margaret Yelland'),
    q(`We have worked closely with heritage officers throughout and the scheme will bring a derelict building back into use.`, 'Ridgeway Homes spokesperson (unnamed)'),
    q(`We had no legal grounds to refuse it. Our hands were tied.`, 'councillor (unnamed)'),
  ]),

  passage('f36-retrospective-17', ['us_newspaper', 'listings', 'non_quote_quotation_marks', 'film_titles', 'scare_quotes', 'no_quotes'], [
    `The Rialto Cinema in Dunmore will screen a weekend retrospective of the director Agnes Thorvald, beginning Friday with her 1987 debut "Lanterns at Low Tide" and closing Sunday with the rarely shown "Kettle Point."`,
    `Saturday's program pairs "The Glassblower's Wife" with "Northbound," the 1994 road movie whose so-called "happy ending" still divides audiences.`,
    `Tickets are $12, or $30 for a weekend pass. The screenings are part of the cinema's "Forgotten Frames" series, which runs through December.`,
  ], []),

  passage('f36-sitar-award-18', ['indian_english', 'honorifics', 'age_after_name', 'quote_about_other', 'speaker_before_quote'], [
    `MUMBAI: Sitar maestro Pandit Raghunath Deshpande, 82, was on Monday conferred the Sangeet Shikhar Samman, the highest honour of the Maharashtra Sangeet Parishad, at a function in Dadar.`,
    `Accepting the award, Pandit Deshpande said, "This honour belongs to my guru and to the thousands of students who sat before me with more patience than I deserved."`,
    `His disciple and noted vocalist Kalyani Iyer-Rao recalled that her guru was a strict teacher. "He would make us sing one raga for six months. If you complained, he added another month," she said.`,
    `Parishad president Sudhir Wagle said the award carried a cash prize of ₹5 lakh and a citation. "Panditji has given Maharashtra sixty years of music. This is a very small thank you," Mr. Wagle said.`,
    `"I am still learning," Pandit Deshpande added with a smile, before playing a short alaap for the audience.`,
  ], [
    q(`This honour belongs to my guru and to the thousands of students who sat before me with more patience than I deserved.`, 'Raghunath Deshpande'),
    q(`He would make us sing one raga for six months. If you complained, he added another month,`, 'Kalyani Iyer-Rao'),
    q(`Panditji has given Maharashtra sixty years of music. This is a very small thank you,`, 'Sudhir Wagle'),
    q(`I am still learning,`, 'Raghunath Deshpande'),
  ]),

  passage('f36-obit-tv-host-19', ['us_newspaper', 'obituary', 'nickname', 'non_quote_quotation_marks', 'according_to', 'split_quote', 'quote_about_other', 'pronoun_speaker', 'partial_quote', 'relative_speaker'], [
    `Gordon "Buzz" Halvorsen, who hosted a Saturday-morning science show on Minneapolis public television for 23 years and taught a generation of children to build baking-soda volcanoes, died Friday. He was 84.`,
    `He died "the way he lived, asking the nurses questions," according to his wife of 58 years, Carol Halvorsen.`,
    `"Buzz never talked down to a kid," said Ellen Marchbanks, who produced the program from 1979 until it ended in 2002.`,
    `"He blew up," she said, pausing, "a lot of things. Fortunately, never himself."`,
    `His son, Erik Halvorsen, said his father's basement "looked like a mad scientist's, because it was."`,
  ], [
    q(`the way he lived, asking the nurses questions,`, 'Carol Halvorsen'),
    q(`Buzz never talked down to a kid,`, 'Ellen Marchbanks'),
    q(`He blew up,`, 'Ellen Marchbanks'),
    q(`a lot of things. Fortunately, never himself.`, 'Ellen Marchbanks'),
    q(`looked like a mad scientist's, because it was.`, 'Erik Halvorsen'),
  ]),

  passage('f36-playhouse-roof-20', ['canadian', 'quote_only_switch', 'speaker_named_later', 'age_after_name', 'speaker_after_quote', 'pronoun_speaker'], [
    `After months of bake sales, a crowdfunding campaign and one very long auction, the Tidewater Playhouse in Port Aubrey, N.S., has raised the $380,000 it needed to replace its leaking roof.`,
    `"We were about three weeks from having to cancel the summer season," said board treasurer Gail Fougère. "One kid emptied his piggy bank on my desk."`,
    `"I put in eleven dollars and a coupon for the hardware store."`,
    `That was Liam Boudreau, 9, who said he wanted to help because he has been cast as a tree in the playhouse's summer production. "It's a speaking tree," he added.`,
    `The playhouse's artistic director, Rémi Comeau, said work on the roof would begin in April. "I won't believe it's fixed until it rains and I stay dry," he said.`,
  ], [
    q(`We were about three weeks from having to cancel the summer season,`, 'Gail Fougère'),
    q(`One kid emptied his piggy bank on my desk.`, 'Gail Fougère'),
    q(`I put in eleven dollars and a coupon for the hardware store.`, 'Liam Boudreau'),
    q(`It's a speaking tree,`, 'Liam Boudreau'),
    q(`I won't believe it's fixed until it rains and I stay dry,`, 'Rémi Comeau'),
  ]),

  passage('f36-museum-theft-21', ['us_wire', 'heritage', 'unnamed_source', 'according_to', 'partial_quote', 'long_appositive'], [
    `Thieves broke into a small maritime museum on the Maine coast overnight Sunday and made off with a 19th-century ship's chronometer valued at more than $250,000, authorities said.`,
    `The Harrowgate Maritime Museum in Cobb Harbor, which draws about 15,000 visitors a year, had no overnight security guard, according to a town official who spoke on condition of anonymity because the investigation is ongoing. "They have an alarm system from the 1990s and a lot of faith in human nature," the official said.`,
    `Police Chief Arlene Voss said investigators believed the thieves "knew exactly what they were looking for." "They walked past display cases full of gold pocket watches and went straight for the chronometer," Voss said.`,
    `The museum's director, Howard Pelletier, called the theft "a gut punch to a town that built ships for 200 years."`,
  ], [
    q(`They have an alarm system from the 1990s and a lot of faith in human nature,`, 'town official (unnamed)'),
    q(`knew exactly what they were looking for.`, 'Arlene Voss'),
    q(`They walked past display cases full of gold pocket watches and went straight for the chronometer,`, 'Arlene Voss'),
    q(`a gut punch to a town that built ships for 200 years.`, 'Howard Pelletier'),
  ]),

  passage('f36-festival-permit-22', ['kenyan_english', 'organisation_speaker', 'statement', 'honorifics', 'split_speaker_middle', 'partial_quote'], [
    `MOMBASA — Organisers of the annual Pwani Beats festival have been forced to refund thousands of tickets after the county government withdrew a permit for the event at the eleventh hour.`,
    `In a statement yesterday, the Mombasa County Department of Culture said the organisers had "failed to submit adequate security and crowd-control plans" despite several reminders.`,
    `Festival founder Hassan Mwinyi dismissed the claim. "We submitted everything they asked for in July. We have the receipts," said Mr Mwinyi. "This is about politics, not security."`,
    `Musician Zawadi Chege, who was due to headline the Saturday show, said she was heartbroken for her fans. "Some of them travelled from Kisumu and Eldoret. They sold chickens to buy those tickets," Ms Chege said.`,
  ], [
    q(`failed to submit adequate security and crowd-control plans`, 'Mombasa County Department of Culture'),
    q(`We submitted everything they asked for in July. We have the receipts,`, 'Hassan Mwinyi'),
    q(`This is about politics, not security.`, 'Hassan Mwinyi'),
    q(`Some of them travelled from Kisumu and Eldoret. They sold chickens to buy those tickets,`, 'Zawadi Chege'),
  ]),

  passage('f36-profile-novelist-23', ['present_tense_says', 'feature', 'quote_only_paragraph', 'continuation', 'pronoun_speaker', 'partial_quote', 'action_cue', 'same_gender_alternation'], [
    `The novelist Dorothea Vance-Ibekwe writes every morning from five until nine, longhand, in green ink, at a kitchen table her grandfather built in Enugu in 1962.`,
    `"Green because it's cheerful," she says. "Longhand because the computer is a liar. It makes everything look finished."`,
    `"My first novel took eleven years. My second took eleven months. People assume the second is worse. They're right, actually, but not for the reason they think."`,
    `Judith Penhallow, her editor at Holloway & Finch, who has worked with her on all four books, describes her drafts as "archaeological." A Vance-Ibekwe manuscript, Penhallow says, arrives with layers of crossings-out, coffee rings and, once, a pressed moth. "I have learned to read around the moth," she says.`,
    `Vance-Ibekwe laughs when this is repeated to her. "It was a very good moth."`,
    `"Writing is the only job where you can be wrong for ten years and then suddenly be right. I don't recommend it. I wouldn't do anything else."`,
  ], [
    q(`Green because it's cheerful,`, 'Dorothea Vance-Ibekwe'),
    q(`Longhand because the computer is a liar. It makes everything look finished.`, 'Dorothea Vance-Ibekwe'),
    q(`My first novel took eleven years. My second took eleven months. People assume the second is worse. They're right, actually, but not for the reason they think.`, 'Dorothea Vance-Ibekwe'),
    q(`archaeological.`, 'Judith Penhallow'),
    q(`I have learned to read around the moth,`, 'Judith Penhallow'),
    q(`It was a very good moth.`, 'Dorothea Vance-Ibekwe'),
    q(`Writing is the only job where you can be wrong for ten years and then suddenly be right. I don't recommend it. I wouldn't do anything else.`, 'Dorothea Vance-Ibekwe'),
  ]),

  passage('f36-festival-presser-24', ['transcript', 'labelled_turns', 'canadian', 'unnamed_source'], [
    `The following exchange took place at Tuesday's news conference in Vancouver, where the Coastline International Film Festival addressed the withdrawal of four films from its lineup.`,
    `FESTIVAL CHAIR MARGUERITE DELAUNAY: "We respect every filmmaker's right to withdraw. We also stand by our sponsors, who have funded this festival for sixteen years."`,
    `REPORTER: "Did any sponsor ask you to drop a film?"`,
    `DELAUNAY: "No. Not once. I want to be absolutely clear about that."`,
    `PROGRAMMING DIRECTOR OWEN TSANG: "If I could add — the four films that left were programmed by me, and I'd programme them again tomorrow."`,
  ], [
    q(`We respect every filmmaker's right to withdraw. We also stand by our sponsors, who have funded this festival for sixteen years.`, 'Marguerite Delaunay'),
    q(`Did any sponsor ask you to drop a film?`, 'reporter (unnamed)'),
    q(`No. Not once. I want to be absolutely clear about that.`, 'Marguerite Delaunay'),
    q(`If I could add — the four films that left were programmed by me, and I'd programme them again tomorrow.`, 'Owen Tsang'),
  ]),

  passage('f36-venue-bill-25', ['us_newspaper', 'non_quote_quotation_marks', 'bill_name', 'organisation_speaker', 'partial_quote', 'long_appositive'], [
    `Colorado lawmakers on Thursday advanced a bill that would give tax credits to small theaters and music venues, a measure its sponsors have nicknamed the "Keep the Lights On Act."`,
    `State Sen. Patrice Whitcombe, a Democrat from Pueblo, said the pandemic had left dozens of venues "hanging by a thread." "These are the places where kids see their first play and bands play their first gig. When they close, they don't come back," Whitcombe said.`,
    `The Colorado Taxpayers Alliance, which opposes the bill, called the credits "a giveaway to a favored industry."`,
    `The measure now heads to the House Finance Committee.`,
  ], [
    q(`hanging by a thread.`, 'Patrice Whitcombe'),
    q(`These are the places where kids see their first play and bands play their first gig. When they close, they don't come back,`, 'Patrice Whitcombe'),
    q(`a giveaway to a favored industry.`, 'Colorado Taxpayers Alliance'),
  ]),

  passage('f36-soap-wedding-26', ['british_single_quotes', 'celebrity', 'unnamed_source', 'social_media', 'colon_cue', 'relative_speaker', 'age_after_name', 'quote_about_other'], [
    `Soap star Danny Rourke-Lyle and his fiancée, the Olympic rower Harriet Maddox, have married in a low-key ceremony in the Cotswolds, just weeks after denying they had split.`,
    `A friend of the couple said: 'It was tiny – family, a few close mates and a dog in a bow tie. They didn't want any fuss after everything that was written about them this summer.'`,
    `Rourke-Lyle, 38, who plays the mechanic Gaz in the long-running drama Brickfield Lane, posted a single photograph on Instagram with the caption: 'Mr and Mrs. Told you so.'`,
    `Her mother, Penny Maddox, 64, told reporters outside the family home in Gloucestershire: 'We're thrilled. Harriet has always known her own mind.'`,
  ], [
    q(`It was tiny – family, a few close mates and a dog in a bow tie. They didn't want any fuss after everything that was written about them this summer.`, 'friend (unnamed)'),
    q(`Mr and Mrs. Told you so.`, 'Danny Rourke-Lyle'),
    q(`We're thrilled. Harriet has always known her own mind.`, 'Penny Maddox'),
  ]),

  passage('f36-obit-potter-27', ['nz_english', 'obituary', 'curly_quotes', 'same_gender_alternation', 'quote_about_other', 'partial_quote'], [
    `Renowned Hawke's Bay potter Graeme Tuhoe-Mackay has died, aged 76, after a short illness.`,
    `His studio partner of 30 years, Ross Fenwick, said Tuhoe-Mackay had fired his last kiln only a month ago. “He knew he was crook, but he wanted one more firing,” Fenwick said.`,
    `Former student Wiremu Paewai, now a potter in Nelson, said Tuhoe-Mackay “taught half the country how to centre clay and the other half how to laugh at their mistakes”.`,
    `“Graeme was never precious about his work,” Paewai said. “He’d sell you a bowl for twenty bucks at the market and the same bowl would turn up in an Auckland gallery for two grand.”`,
    `Fenwick said a memorial would be held at the studio on Saturday. “Bring a cup he made, if you’ve got one,” he said.`,
  ], [
    q(`He knew he was crook, but he wanted one more firing,`, 'Ross Fenwick'),
    q(`taught half the country how to centre clay and the other half how to laugh at their mistakes`, 'Wiremu Paewai'),
    q(`Graeme was never precious about his work,`, 'Wiremu Paewai'),
    q(`He’d sell you a bowl for twenty bucks at the market and the same bowl would turn up in an Auckland gallery for two grand.`, 'Wiremu Paewai'),
    q(`Bring a cup he made, if you’ve got one,`, 'Ross Fenwick'),
  ]),

  passage('f36-museum-protest-28', ['us_wire', 'crowd_speaker', 'organisation_speaker', 'statement', 'unnamed_source', 'partial_quote'], [
    `CLEVELAND — About 200 protesters gathered outside the Whitford Museum of Art on Saturday to demand the removal of an exhibition by a painter accused of copying Indigenous designs.`,
    `"Not your culture, not your profit," protesters chanted as visitors filed past police barricades into the building.`,
    `Organizer Tallulah Redcloud-Ames said the group had written to the museum three times without reply. "They have time to hang these paintings but not to answer a letter," she said.`,
    `The museum said in a statement that it "takes these concerns seriously" and had invited community members to a public forum next month. The artist, Bryce Langdon, did not respond to requests for comment.`,
    `"I came to see the paintings and I'm leaving with a lot of questions," said one visitor, a retired schoolteacher who declined to give her name.`,
  ], [
    q(`Not your culture, not your profit,`, 'Protesters'),
    q(`They have time to hang these paintings but not to answer a letter,`, 'Tallulah Redcloud-Ames'),
    q(`takes these concerns seriously`, 'Whitford Museum of Art'),
    q(`I came to see the paintings and I'm leaving with a lot of questions,`, 'visitor (unnamed)'),
  ]),

  passage('f36-new-opera-29', ['us_newspaper', 'long_appositive', 'speaker_after_quote', 'colon_cue', 'quote_about_other'], [
    `SEATTLE — Cascadia Opera will stage its first new production in four years next spring, a contemporary opera about a 1920s lumber strike, the company announced Wednesday.`,
    `"We have spent too long playing the same ten operas for the same audience, and that audience is getting older every season," said the company's general director and chief executive since 2019, the former Vienna-trained mezzo-soprano Annelise Fairbrook-Olmsted.`,
    `The opera's composer, 34-year-old Marcus Ybarra-Lindgren, whose previous work was a song cycle for a Tacoma youth chorus, said he had grown up hearing stories about the strike from his great-grandfather. "He was fifteen, on the picket line, and he never stopped talking about it," Ybarra-Lindgren said.`,
    `Tickets go on sale in January. Fairbrook-Olmsted said the company hoped to keep prices low: "If someone's great-grandfather was on that picket line, I want them in the room."`,
  ], [
    q(`We have spent too long playing the same ten operas for the same audience, and that audience is getting older every season,`, 'Annelise Fairbrook-Olmsted'),
    q(`He was fifteen, on the picket line, and he never stopped talking about it,`, 'Marcus Ybarra-Lindgren'),
    q(`If someone's great-grandfather was on that picket line, I want them in the room.`, 'Annelise Fairbrook-Olmsted'),
  ]),

  passage('f36-painting-recovered-30', ['british_single_quotes', 'non_quote_quotation_marks', 'artwork_title', 'nickname', 'colon_cue', 'long_appositive', 'pronoun_speaker'], [
    `Detectives investigating the theft of a Victorian landscape from a stately home in Derbyshire have recovered the painting from a lock-up garage in Salford, four years after it vanished.`,
    `The work, 'Evening on the Derwent' by the little-known painter Josiah Kemble, was taken in 2020 by a gang dubbed the 'Ladder Men' because of their habit of climbing in through upper-floor windows.`,
    `Detective Inspector Shona McAllister, of the regional heritage crime unit, said: 'This painting is not worth millions, but it is priceless to the people who grew up with it. We never stopped looking.'`,
    `The owner of Brackenholme Hall, Lady Caroline Ashdown-Vere, said she wept when she was told. 'It has hung over the same fireplace since 1871,' she said. 'The wall has looked wrong for four years.'`,
  ], [
    q(`This painting is not worth millions, but it is priceless to the people who grew up with it. We never stopped looking.`, 'Shona McAllister'),
    q(`It has hung over the same fireplace since 1871,`, 'Caroline Ashdown-Vere'),
    q(`The wall has looked wrong for four years.`, 'Caroline Ashdown-Vere'),
  ]),

  passage('f36-theatre-reviews-31', ['australian', 'review', 'critic_speaker', 'media_speaker', 'colon_cue', 'partial_quote', 'quote_about_other', 'age_after_name'], [
    `Reviews are in for Harbourlight Theatre's new staging of a classic Australian play set in a shearing shed, and they are decidedly mixed.`,
    `The Sydney Courier's critic, Anneke Fels, praised the lead performance by Tom Wirihana, writing that he "carries the second act on his back and barely breaks a sweat".`,
    `Writing for the online journal Stagecraft Review, Lachlan Doyle was less impressed: "A beautiful set in search of a production. I checked my watch more often than the shearers checked the clock."`,
    `The Sydney Courier, in an editorial on Sunday, went further, arguing the production proved "Australian stories can fill a main stage when they are given the chance".`,
    `Wirihana, 29, said he tried not to read reviews. "My mum reads them and then tells me the good bits," he said.`,
  ], [
    q(`carries the second act on his back and barely breaks a sweat`, 'Anneke Fels'),
    q(`A beautiful set in search of a production. I checked my watch more often than the shearers checked the clock.`, 'Lachlan Doyle'),
    q(`Australian stories can fill a main stage when they are given the chance`, 'The Sydney Courier'),
    q(`My mum reads them and then tells me the good bits,`, 'Tom Wirihana'),
  ]),

  passage('f36-film-delay-32', ['indian_english', 'unnamed_source', 'social_media', 'quote_about_other', 'entertainment'], [
    `MUMBAI: Actor Rohan Malhotra's much-awaited period drama has been pushed to next year, people close to the production said on Tuesday.`,
    `"The VFX work on the battle sequences is taking longer than planned. Nobody wants to release a half-finished film," a source close to the production told this paper.`,
    `Producer Anjali Sethi-Kapoor confirmed the delay in a post on X. "Good things take time. Rohan has given two years of his life to this film and we owe it to him and to the audience to get it right," she wrote.`,
    `Trade analyst Vikram Nair said the shift could work in the film's favour. "The festive window next year is relatively open. A delay is not always a disaster," Nair said.`,
  ], [
    q(`The VFX work on the battle sequences is taking longer than planned. Nobody wants to release a half-finished film,`, 'source (unnamed)'),
    q(`Good things take time. Rohan has given two years of his life to this film and we owe it to him and to the audience to get it right,`, 'Anjali Sethi-Kapoor'),
    q(`The festive window next year is relatively open. A delay is not always a disaster,`, 'Vikram Nair'),
  ]),

  passage('f36-profile-cellist-33', ['british_feature', 'curly_single_quotes', 'present_tense_says', 'quote_only_paragraph', 'continuation', 'quote_only_switch', 'speaker_named_later', 'quote_about_other', 'age_after_name'], [
    `Bex Harrington is late, and apologetic, and hauling a cello case the size of a small wardrobe up three flights of stairs in Hackney.`,
    `‘The lift’s been broken since March,’ she says, breathless. ‘I’ve got very strong calves now. It’s the only upside.’`,
    `Harrington, 29, is the cellist in Vane, the four-piece whose second album went from bedroom project to the top of half the year’s best-of lists.`,
    `‘We recorded most of it in my nan’s front room in Margate. She made us tea every forty minutes whether we wanted it or not.’`,
    `‘Bex is the only one of us who can actually read music.’`,
    `That’s Jonah Achterberg, Vane’s drummer, who has joined us halfway through and is eating Harrington’s crisps. ‘The rest of us just nod,’ he says.`,
  ], [
    q(`The lift’s been broken since March,`, 'Bex Harrington'),
    q(`I’ve got very strong calves now. It’s the only upside.`, 'Bex Harrington'),
    q(`We recorded most of it in my nan’s front room in Margate. She made us tea every forty minutes whether we wanted it or not.`, 'Bex Harrington'),
    q(`Bex is the only one of us who can actually read music.`, 'Jonah Achterberg'),
    q(`The rest of us just nod,`, 'Jonah Achterberg'),
  ]),

  passage('f36-obit-radio-host-34', ['canadian', 'obituary', 'organisation_speaker', 'group_speaker', 'social_media', 'partial_quote', 'statement'], [
    `MONTREAL — Hélène Marchand-Roy, the husky-voiced host who introduced a generation of Quebecers to world music on late-night radio, has died. She was 81.`,
    `The Marchand-Roy family announced her death Thursday, saying she died "peacefully, with her favourite record playing in the next room."`,
    `Longtime producer Yves Gagnon, who worked alongside her for 26 years, said she treated every caller like a guest at her kitchen table. "She'd put a farmer from Abitibi on the air and talk to him for twenty minutes about Malian guitar," he said. "And he'd call back the next week."`,
    `Radio-Nord, the network where she spent most of her career, said on social media that "the night will be a little quieter now."`,
  ], [
    q(`peacefully, with her favourite record playing in the next room.`, 'the Marchand-Roy family'),
    q(`She'd put a farmer from Abitibi on the air and talk to him for twenty minutes about Malian guitar,`, 'Yves Gagnon'),
    q(`And he'd call back the next week.`, 'Yves Gagnon'),
    q(`the night will be a little quieter now.`, 'Radio-Nord'),
  ]),

  passage('f36-comedy-feud-35', ['us_newspaper', 'quote_about_other', 'same_gender_alternation', 'partial_quote', 'pronoun_speaker'], [
    `Comedian Rick Delacorte has fired back at fellow comic Jamal Prentiss, a week after Prentiss accused him of stealing a bit about airport security.`,
    `"Jamal is a talented guy and a good friend, and he's completely wrong," Delacorte said on his podcast Monday. "I've been doing airport jokes since he was in middle school."`,
    `Prentiss, reached by phone, was unmoved. "Rick can say what he wants. The tapes exist," he said.`,
    `Delacorte's manager, Steve Lombardi, said the two men "will probably be at the same barbecue next month and none of this will matter."`,
  ], [
    q(`Jamal is a talented guy and a good friend, and he's completely wrong,`, 'Rick Delacorte'),
    q(`I've been doing airport jokes since he was in middle school.`, 'Rick Delacorte'),
    q(`Rick can say what he wants. The tapes exist,`, 'Jamal Prentiss'),
    q(`will probably be at the same barbecue next month and none of this will matter.`, 'Steve Lombardi'),
  ]),

  passage('f36-sculptor-retrospective-36', ['south_african', 'colon_cue', 'speaker_before_quote', 'relative_speaker', 'quote_about_other', 'pronoun_speaker'], [
    `CAPE TOWN – A retrospective of the late sculptor Nomvula Dube opened at the Amathole Gallery on Friday, bringing together more than 120 works, many of which have never been shown in public.`,
    `Curator Fatima Jacobs said: "Nomvula kept half of her best work in her garage in Gqeberha because she thought nobody would want it. She was wrong."`,
    `The artist's sister, Thandeka Dube-Nkosi, told guests at the opening that the family had hesitated for years before agreeing to lend the works. "We were protective. She was a private person," she said. "But these belong to the country now."`,
    `The exhibition runs until the end of March.`,
  ], [
    q(`Nomvula kept half of her best work in her garage in Gqeberha because she thought nobody would want it. She was wrong.`, 'Fatima Jacobs'),
    q(`We were protective. She was a private person,`, 'Thandeka Dube-Nkosi'),
    q(`But these belong to the country now.`, 'Thandeka Dube-Nkosi'),
  ]),

  passage('f36-gatehouse-37', ['british_single_quotes', 'heritage', 'non_quote_quotation_marks', 'scare_quotes', 'nickname', 'report_title', 'no_quotes'], [
    `Work on the so-called 'restoration' of a medieval gatehouse in Castle Marden has been halted after heritage officers found that a contractor had rebuilt part of the 14th-century wall using breeze blocks.`,
    `The gatehouse, known locally as the 'Pepper Pot' because of its squat round tower, is a scheduled monument, and any alteration requires consent.`,
    `An investigation by the county's heritage team is under way. Its findings will be published in a report, 'Marden Gatehouse: A Review of Works', expected in the spring.`,
  ], []),

  passage('f36-arts-festival-38', ['irish', 'festival', 'continuation', 'quote_only_paragraph', 'according_to', 'unnamed_source', 'partial_quote', 'honorifics'], [
    `The Ballinree Arts Festival will go ahead this July despite a €200,000 shortfall in its budget, organisers confirmed yesterday.`,
    `Festival director Orla Keaveney said the board had considered cancelling the event but decided against it after an "extraordinary" response from local businesses.`,
    `"Every shop on Main Street put something in. The butcher gave us €5,000 and said he'd give more if we booked a decent céilí band," Ms Keaveney said.`,
    `"We'll be leaner this year. Fewer international acts, more local ones. Honestly, I think people will prefer it."`,
    `Funding from the Western Arts Board was cut by 40pc this year, according to a spokeswoman for the board, who said the decision reflected "increased demand across the sector".`,
  ], [
    q(`extraordinary`, 'Orla Keaveney'),
    q(`Every shop on Main Street put something in. The butcher gave us €5,000 and said he'd give more if we booked a decent céilí band,`, 'Orla Keaveney'),
    q(`We'll be leaner this year. Fewer international acts, more local ones. Honestly, I think people will prefer it.`, 'Orla Keaveney'),
    q(`increased demand across the sector`, 'Western Arts Board spokesperson (unnamed)'),
  ]),

  passage('f36-stunt-injury-39', ['us_newspaper', 'celebrity', 'organisation_speaker', 'statement', 'social_media', 'split_quote', 'relative_speaker', 'quote_about_other', 'pronoun_speaker'], [
    `ATLANTA — Actor Corinne Baptiste was hospitalized Tuesday after a stunt went wrong on the set of an upcoming action thriller.`,
    `"Corinne is in good spirits and resting comfortably. Production has been paused while we review the incident," Meridian Pictures said in a statement.`,
    `Her co-star, Damon Achebe-Ross, posted a photo of the two of them on Instagram. "Toughest person I know. Get back here, we need you," he wrote.`,
    `Baptiste's mother, Lorna Baptiste, said her daughter had always insisted on doing her own stunts. "When she was little," she said, "she jumped off the garage roof with an umbrella. So this does not surprise me at all."`,
  ], [
    q(`Corinne is in good spirits and resting comfortably. Production has been paused while we review the incident,`, 'Meridian Pictures'),
    q(`Toughest person I know. Get back here, we need you,`, 'Damon Achebe-Ross'),
    q(`When she was little,`, 'Lorna Baptiste'),
    q(`she jumped off the garage roof with an umbrella. So this does not surprise me at all.`, 'Lorna Baptiste'),
  ]),

  passage('f36-theatre-grants-40', ['singaporean_english', 'curly_quotes', 'honorifics', 'age_after_name', 'pronoun_speaker', 'partial_quote', 'long_appositive'], [
    `SINGAPORE – Local theatre companies will be able to apply for up to $150,000 in new multi-year grants from next April, the Arts Development Board announced on Wednesday.`,
    `Speaking at the launch, the board’s chief executive, Ms Jacqueline Teo Hui Min, said the scheme was meant to give companies “room to plan beyond the next production”.`,
    `“For too long, our companies have been living grant to grant. You cannot build an ensemble that way,” she said.`,
    `Mr Alfian Rahmat, 45, founder of the independent company Third Floor Theatre, welcomed the move but said more needed to be done. “It is a good start. But rent is still the elephant in the room. Half our grant goes to the landlord,” he said.`,
  ], [
    q(`room to plan beyond the next production`, 'Jacqueline Teo Hui Min'),
    q(`For too long, our companies have been living grant to grant. You cannot build an ensemble that way,`, 'Jacqueline Teo Hui Min'),
    q(`It is a good start. But rent is still the elephant in the room. Half our grant goes to the landlord,`, 'Alfian Rahmat'),
  ]),

  passage('f36-obit-dance-teacher-41', ['british_single_quotes', 'local_news', 'obituary', 'colon_cue', 'continuation', 'quote_only_paragraph', 'relative_speaker', 'same_gender_alternation', 'age_after_name'], [
    `Tributes have been paid to Joan Petherick, the dance teacher who taught ballet to three generations of children in Polwenna Cross, who has died aged 92.`,
    `Her daughter, Susan Trelawney, said: 'Mum taught until she was 85. She'd sit in a chair at the front of the studio and tap her stick in time.'`,
    `'She could spot a dropped shoulder from across the room, even with her cataracts.'`,
    `Former pupil Kerry Nance, now 61, said: 'I was a clumsy, shy little girl and she made me feel like a swan. I think she did that for everyone.'`,
    `Mrs Trelawney added that the family hoped to hold a celebration of her life at the church hall where the classes began in 1958. 'Dancing shoes optional,' she said.`,
  ], [
    q(`Mum taught until she was 85. She'd sit in a chair at the front of the studio and tap her stick in time.`, 'Susan Trelawney'),
    q(`She could spot a dropped shoulder from across the room, even with her cataracts.`, 'Susan Trelawney'),
    q(`I was a clumsy, shy little girl and she made me feel like a swan. I think she did that for everyone.`, 'Kerry Nance'),
    q(`Dancing shoes optional,`, 'Susan Trelawney'),
  ]),

  passage('f36-museum-audit-42', ['us_newspaper', 'document_speaker', 'non_quote_quotation_marks', 'report_title', 'partial_quote', 'long_appositive'], [
    `A long-awaited audit of the Fairhaven City Museum's collection has found that nearly 3,000 objects cannot be located, including a Civil War-era flag and a set of silver spoons made by a local smith in 1790.`,
    `The report, titled "Accounting for the Past," was released Monday by the city's inspector general. It says record-keeping at the museum had been "chaotic for at least three decades" and that some objects may have been "loaned to staff members' homes and never returned."`,
    `Museum director Felicia Ambrose-Hart said she welcomed the findings. "Nobody is more embarrassed by this than we are. But you can't fix what you won't count," she said.`,
    `Inspector General Roland Pike said his office had referred several cases to prosecutors but declined to give details. "Some of these objects walked out the door. We intend to find out whose door," Pike said.`,
  ], [
    q(`chaotic for at least three decades`, 'the report'),
    q(`loaned to staff members' homes and never returned.`, 'the report'),
    q(`Nobody is more embarrassed by this than we are. But you can't fix what you won't count,`, 'Felicia Ambrose-Hart'),
    q(`Some of these objects walked out the door. We intend to find out whose door,`, 'Roland Pike'),
  ]),

  passage('f36-profile-ballet-43', ['australian', 'present_tense_says', 'feature', 'curly_quotes', 'quote_only_paragraph', 'continuation', 'quote_about_other', 'age_after_name', 'pronoun_speaker'], [
    `In a weatherboard hall in Carrawong, three hours west of Melbourne, Natalia Brezhneva-Quinn is counting to eight for the fourth time.`,
    `“Again. And this time, smile like you mean it, not like your aunty is taking a photo,” she says.`,
    `Brezhneva-Quinn, 66, danced principal roles in Perth and Kyiv before a knee injury ended her career at 34. She moved to Carrawong for her husband’s farm, and stayed after he died.`,
    `“I thought I would hate it. No theatre, no coffee. But the children here have never been told they can’t do something, so they just do it.”`,
    `One of her students, Matilda Herring, 12, says she wants to dance for a big company one day. Her teacher, she says, “is scary for about five minutes and then she’s the best.”`,
    `“Matilda has the feet. What she needs is the stubbornness. Luckily, that can be taught,” Brezhneva-Quinn says later, watching her student practise alone.`,
  ], [
    q(`Again. And this time, smile like you mean it, not like your aunty is taking a photo,`, 'Natalia Brezhneva-Quinn'),
    q(`I thought I would hate it. No theatre, no coffee. But the children here have never been told they can’t do something, so they just do it.`, 'Natalia Brezhneva-Quinn'),
    q(`is scary for about five minutes and then she’s the best.`, 'Matilda Herring'),
    q(`Matilda has the feet. What she needs is the stubbornness. Luckily, that can be taught,`, 'Natalia Brezhneva-Quinn'),
  ]),
];
