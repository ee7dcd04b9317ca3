//! The built-in context rules, in table order (the overlap policy's last
//! tie-breaker).

use super::{Ctx, Example, Rule};
use crate::cues;
use crate::gazetteer::lex;
use crate::lang::Lang;
use crate::model::Label;
use crate::resolve::Cand;

const BOTH: &[Lang] = &[Lang::Id, Lang::En];

const fn ex(
    lang: Lang,
    text: &'static str,
    expect: &'static [(Label, &'static str)],
    reject: &'static [(Label, &'static str)],
) -> Example {
    Example {
        lang,
        text,
        expect,
        reject,
    }
}

use Label::{Org, Person, Place, Rank, Title};

/// Every built-in rule.
pub static RULES: &[Rule] = &[
    Rule {
        id: "per/title-name",
        label: Person,
        priority: 60,
        langs: BOTH,
        confidence: 0.85,
        description: "a TITLE or RANK, optionally followed by the ORG/PLACE it belongs to and a rank, then a capitalized name",
        examples: &[
            ex(Lang::Id, "Menteri Pertahanan Korea Selatan Lee Jong-sup tiba kemarin.", &[(Person, "Lee Jong-sup"), (Title, "Menteri Pertahanan")], &[]),
            ex(Lang::Id, "Ketua DPR Ratna Kusumawati membuka sidang.", &[(Person, "Ratna Kusumawati")], &[]),
            ex(Lang::En, "Defense Minister Lee Jong-sup arrived on Monday.", &[(Person, "Lee Jong-sup")], &[]),
            // A regnal number ends the name.
            ex(Lang::En, "Crowds cheered King Kelderic IV on Sunday.", &[(Person, "Kelderic IV")], &[(Person, "Kelderic")]),
            // A given name that is also a city ("Austin") before a town's name.
            ex(Lang::En, "Chairman Austin Kelderman spoke.", &[(Person, "Austin Kelderman")], &[(Place, "Kelderman")]),
            ex(Lang::Id, "Juru bicara JCS kol. Lee Sung-jun menjelaskan hal itu.", &[(Person, "Lee Sung-jun"), (Rank, "kol.")], &[]),
            ex(Lang::Id, "Menteri Pertahanan Korea Selatan dan pejabat lain hadir.", &[], &[(Person, "Korea Selatan")]),
            ex(Lang::Id, "Wakil Ketua Ma'sum Wiratma hadir di Istana.", &[(Person, "Ma'sum Wiratma")], &[(Person, "Ma'sum Wiratma hadir")]),
            ex(Lang::Id, "Direktur Jenderal Penanganan Bencana Kementerian Sosial Wirawan Hadisaputro menyatakan, bantuan telah dikirim.", &[(Person, "Wirawan Hadisaputro")], &[(Person, "Penanganan Bencana")]),
            ex(Lang::Id, "Ketua YKPI Ratna Sulastri menjelaskan, program itu berjalan.", &[(Person, "Ratna Sulastri")], &[(Person, "YKPI Ratna Sulastri")]),
            // An organization qualified by its city, then the person.
            ex(Lang::Id, "Ketua KPU Sidoarjo Sutarjo Wiratma mengatakan, tahapan dimulai.", &[(Person, "Sutarjo Wiratma"), (Place, "Sidoarjo")], &[]),
            // An everyday title word ("kepala", head) opening the sentence and a title phrase.
            ex(Lang::Id, "Kepala Pusdalkar BNPB Sutarjo Wiratma menambahkan, data direkap.", &[(Title, "Kepala"), (Person, "Sutarjo Wiratma")], &[]),
            ex(Lang::Id, "CEO Gojek Sutarjo Wiratma mengatakan, penjualan naik.", &[(Title, "CEO"), (Person, "Sutarjo Wiratma")], &[]),
            // An unlisted unit between the title and its organization is no person.
            ex(Lang::Id, "Direktur Binmas Polda Sumatera Utara Komisaris Besar Sutarjo Wiratma menuturkan, hal itu.", &[(Person, "Sutarjo Wiratma")], &[(Person, "Binmas")]),
        ],
        run: title_name,
    },
    Rule {
        id: "per/honorific-name",
        label: Person,
        priority: 55,
        langs: BOTH,
        confidence: 0.8,
        description: "an honorific (Pak, Ibu, Dr., Mr.) followed by a capitalized name",
        examples: &[
            ex(Lang::Id, "Menurut Pak Warsidi, jalan itu rusak.", &[(Person, "Warsidi")], &[]),
            ex(Lang::En, "The report was written by Mr. Whitfield and his team.", &[(Person, "Whitfield")], &[]),
            ex(Lang::Id, "Ibu kota negara itu ramai.", &[], &[(Person, "kota")]),
        ],
        run: honorific_name,
    },
    Rule {
        id: "per/speech-verb-name",
        label: Person,
        priority: 50,
        langs: BOTH,
        confidence: 0.75,
        description: "an attribution verb (kata, ujar, menurut; said, according to) followed by a capitalized name",
        examples: &[
            ex(Lang::Id, "\"Kami siap,\" kata Sutejo kepada wartawan.", &[(Person, "Sutejo")], &[]),
            ex(Lang::Id, "Hal itu penting, ujar Rahmat Hidayat di Jakarta.", &[(Person, "Rahmat Hidayat")], &[]),
            ex(Lang::En, "The talks went well, said Hendrikse.", &[(Person, "Hendrikse")], &[]),
            // A capitalized particle opens the surname ("van" is also a vehicle).
            ex(Lang::En, "\"We lost,\" said Van Kelderen after the match.", &[(Person, "Van Kelderen")], &[]),
            ex(Lang::Id, "Hal itu disampaikan, kata Kepala Staf Gabungan.", &[], &[(Person, "Kepala Staf Gabungan")]),
            // A verb ending a line introduces nobody on the next one.
            ex(Lang::En, "Output grew, the minister said\nKelderman shares fell.", &[], &[(Person, "Kelderman")]),
        ],
        run: speech_verb_name,
    },
    Rule {
        id: "per/name-speech-verb",
        label: Person,
        priority: 45,
        langs: BOTH,
        confidence: 0.7,
        description: "a capitalized name followed by a reporting or action verb (mengatakan, menegaskan; said, told)",
        examples: &[
            ex(Lang::Id, "Sementara itu, Harsoyo mengatakan bahwa rapat ditunda.", &[(Person, "Harsoyo")], &[]),
            ex(Lang::En, "Later, Okonkwo said the plan had failed.", &[(Person, "Okonkwo")], &[]),
            ex(Lang::Id, "Pemerintah mengatakan bahwa rapat ditunda.", &[], &[(Person, "Pemerintah")]),
            // A describing word before a known given name is no part of the name.
            ex(Lang::En, "Libertarian Marla Kelderman said the plan had failed.", &[(Person, "Marla Kelderman")], &[(Person, "Libertarian Marla Kelderman")]),
            ex(Lang::Id, "Direktur Indonesia for Digital Trade Sutarjo Wiratma menyampaikan, hal itu penting.", &[(Person, "Sutarjo Wiratma")], &[(Person, "Digital Trade Sutarjo Wiratma")]),
        ],
        run: name_speech_verb,
    },
    Rule {
        id: "per/apposition",
        label: Person,
        priority: 45,
        langs: BOTH,
        confidence: 0.75,
        description: "a capitalized name followed by a comma and a title (\"X, seorang profesor\", \"X, Secretary General of NATO\")",
        examples: &[
            ex(Lang::Id, "Chun Chae-sung, seorang profesor di universitas itu, setuju.", &[(Person, "Chun Chae-sung")], &[]),
            ex(Lang::En, "Jens Stoltenberg, Secretary General of NATO, spoke.", &[(Person, "Jens Stoltenberg")], &[]),
        ],
        run: apposition,
    },
    Rule {
        id: "per/hyphenated-given",
        label: Person,
        priority: 40,
        langs: BOTH,
        confidence: 0.8,
        description: "a surname followed by a hyphenated given name, the romanized Korean shape (Lee Jong-sup, Moon Jae-in)",
        examples: &[
            ex(Lang::Id, "Pertemuan itu dihadiri Gwak Min-seo dan pejabat lain.", &[(Person, "Gwak Min-seo")], &[]),
            ex(Lang::Id, "Kerja sama Asia-Pasifik makin erat.", &[], &[(Person, "Asia-Pasifik")]),
            ex(Lang::En, "Kelderman, a Marrick Prize-winner, was there.", &[], &[(Person, "Marrick Prize-winner")]),
        ],
        run: hyphenated_given,
    },
    Rule {
        id: "per/given-surname",
        label: Person,
        priority: 35,
        langs: BOTH,
        confidence: 0.7,
        description: "a known given name followed by one to three capitalized name words, the last no organization or place head, or by a one-word place, rank or title that is also a surname (\"Marla Holland\", \"Marla Major\")",
        examples: &[
            ex(Lang::Id, "Acara itu juga dihadiri Budi Santoso dari desa sebelah.", &[(Person, "Budi Santoso")], &[]),
            ex(Lang::En, "The deal was signed by Robert Kowalczyk on behalf of the firm.", &[(Person, "Robert Kowalczyk")], &[]),
            ex(Lang::En, "The film starred Kathryn Meadows as a pilot.", &[(Person, "Kathryn Meadows")], &[]),
            ex(Lang::Id, "Pelatih itu menginginkan Budi Santoso di Chelsea.", &[(Person, "Budi Santoso")], &[(Person, "Budi Santoso di Chelsea")]),
            // "Tim" is an everyday word in Indonesian only.
            ex(Lang::En, "The final went to Tim Kelderman in five sets.", &[(Person, "Tim Kelderman")], &[]),
            ex(Lang::En, "The club later signed Frank Peterson from a rival.", &[(Person, "Frank Peterson")], &[]),
            ex(Lang::Id, "Tim Kelderman menang.", &[], &[(Person, "Tim Kelderman")]),
            // A one-word place that is also a surname, after a given name.
            ex(Lang::En, "The award went to Marla Holland last year.", &[(Person, "Marla Holland")], &[(Place, "Holland")]),
            ex(Lang::En, "Later, Kelderman flew to Holland for talks.", &[(Place, "Holland")], &[]),
            // A one-word rank that is also a surname, after a given name.
            ex(Lang::En, "Prime Minister Marla Major said so.", &[(Person, "Marla Major")], &[(Rank, "Major")]),
            // A run ending in an organization or place head is no person.
            ex(Lang::En, "The shuttle will go to the Marla F. Kelderman Center next year.", &[], &[(Person, "Marla F. Kelderman Center")]),
        ],
        run: given_surname,
    },
    Rule {
        id: "per/lone-given",
        label: Person,
        priority: 14,
        langs: BOTH,
        confidence: 0.6,
        description: "a known given name standing alone (no capitalized word before or after it, no \", State\" after it) that is no everyday word of the document's language (\"kata pelatih, Marcelo tampil baik\")",
        examples: &[
            ex(Lang::Id, "Dalam laga itu, Marcelo tampil baik sepanjang babak kedua.", &[(Person, "Marcelo")], &[]),
            ex(Lang::En, "Thousands marched in Jordan last week.", &[], &[(Person, "Jordan")]),
            // A given name that is also a small town's name ("Glória") is the person.
            ex(Lang::En, "Later that year Gloria went back to school.", &[(Person, "Gloria")], &[(Place, "Gloria")]),
            // A town before its state: "Gloria, Texas".
            ex(Lang::En, "The boy from Gloria, Texas, was arrested.", &[], &[(Person, "Gloria")]),
        ],
        run: lone_given,
    },
    Rule {
        id: "per/capitalized-run",
        label: Person,
        priority: 15,
        langs: BOTH,
        confidence: 0.55,
        description: "two or three capitalized words that no list claims and that are not common words, org or place heads (the usual shape of a person's name)",
        examples: &[
            ex(Lang::Id, "Pertandingan itu dimenangi Torvald Brekkeson dengan mudah.", &[(Person, "Torvald Brekkeson")], &[]),
            ex(Lang::En, "The trophy went to Ilkka Vahtera after a long final.", &[(Person, "Ilkka Vahtera")], &[]),
            ex(Lang::Id, "Rapat itu membahas Rencana Kerja Pemerintah tahun ini.", &[], &[(Person, "Rencana Kerja Pemerintah")]),
            ex(Lang::En, "Reformist Paul Kelderman was elected.", &[(Person, "Paul Kelderman")], &[(Person, "Reformist Paul Kelderman")]),
        ],
        run: capitalized_run,
    },
    Rule {
        id: "per/initials-surname",
        label: Person,
        priority: 36,
        langs: BOTH,
        confidence: 0.75,
        description: "one or more initials followed by a capitalized surname (\"J. Pellingham\", \"M. Nasir\", \"A.B. Wijaya\")",
        examples: &[
            ex(Lang::En, "The innings was saved by J. Pellingham and K. Brackwood.", &[(Person, "J. Pellingham"), (Person, "K. Brackwood")], &[]),
            ex(Lang::En, "The U.S. Army said on Monday the drill was over.", &[], &[(Person, "U.S. Army")]),
        ],
        run: initials_surname,
    },
    Rule {
        id: "per/name-country",
        label: Person,
        priority: 34,
        langs: BOTH,
        confidence: 0.7,
        description: "a capitalized name followed by its country in brackets, the shape of results lists (\"Linnea Varga (Sweden) beat\", \"Marla Dunmarrow (Portugal) 4:11.52\")",
        examples: &[
            ex(Lang::En, "Third round: Linnea Varga (Sweden) beat Ottilie Brandt (Germany) 6-4 6-3.", &[(Person, "Linnea Varga"), (Person, "Ottilie Brandt")], &[]),
            ex(Lang::En, "1. Frank Kelderman (Netherlands) 13.26 seconds", &[(Person, "Frank Kelderman")], &[]),
        ],
        run: name_country,
    },
    Rule {
        id: "per/name-part",
        label: Person,
        priority: 30,
        langs: BOTH,
        confidence: 0.7,
        description: "a capitalized word repeating part of a multi-word person name found elsewhere in the document (\"Stoltenberg\" after \"Jens Stoltenberg\"; only the last word and listed surnames of a name read from its shape alone), or clipping one of its words (\"Kelder\" after \"Rudy Kelderman\"; four letters or more, not a common word); adjacent words of one name repeated together make one mention, and a surname in a headline in capitals counts; runs after the overlap policy, on uncovered tokens only",
        examples: &[
            ex(Lang::Id, "Sekretaris Jenderal NATO Jens Stoltenberg tiba. Menurut laporan, Stoltenberg lalu pulang.", &[(Person, "Jens Stoltenberg"), (Person, "Stoltenberg")], &[]),
            ex(Lang::En, "Coach Rudy Kelderman praised the team. Kelder also criticised the referee.", &[(Person, "Kelder")], &[]),
            // A name read from its shape lends a listed surname too, which
            // comes first in Chinese names.
            ex(Lang::En, "The detention of dissident Feng Kelin worried many. Officers beat Feng in his cell.", &[(Person, "Feng Kelin"), (Person, "Feng")], &[]),
            // A headline in capitals repeats the surname.
            ex(Lang::En, "GOLF - KELDERMAN TAKES LEAD.\nMarla Kelderman shot a 65 on Sunday.", &[(Person, "KELDERMAN"), (Person, "Marla Kelderman")], &[]),
            // Two adjacent words of one name, repeated together, are one mention.
            ex(Lang::En, "Voters elected Marla Stone on Sunday.\nMarla Stone of the Civic Alliance", &[(Person, "Marla Stone")], &[(Person, "Marla"), (Person, "Stone")]),
            // A one-word country repeating a person's surname is the person.
            ex(Lang::En, "The award went to Marla Holland. Holland thanked the jury.", &[(Person, "Marla Holland"), (Person, "Holland")], &[(Place, "Holland")]),
            // "Zinc Deficiency Syndrome" has the shape of a name; its first word is no person elsewhere.
            ex(Lang::En, "Cases of Zinc Deficiency Syndrome rose. Zinc is cheap to add to flour.", &[], &[(Person, "Zinc")]),
        ],
        run: after_resolution,
    },
    Rule {
        id: "org/head-name",
        label: Org,
        priority: 40,
        langs: BOTH,
        confidence: 0.75,
        description: "an organization head noun (Kementerian, Universitas, Partai, Polda; Ministry of, University of) followed by a capitalized name",
        examples: &[
            ex(Lang::Id, "Ia bekerja di Departemen Ilmu Politik dan Hubungan Internasional Universitas Nasional Seoul.", &[(Org, "Departemen Ilmu Politik dan Hubungan Internasional"), (Org, "Universitas Nasional Seoul")], &[(Place, "Seoul")]),
            ex(Lang::Id, "Kasus itu ditangani Polres Lombok Tengah sejak pekan lalu.", &[(Org, "Polres Lombok Tengah")], &[]),
            ex(Lang::En, "A spokesman for the Ministry of Maritime Affairs declined to comment.", &[(Org, "Ministry of Maritime Affairs")], &[]),
            ex(Lang::Id, "Anggaran kementerian itu naik.", &[], &[(Org, "kementerian")]),
            // A place ends the organization; the person comes next.
            ex(Lang::Id, "Ketua Majelis Adat Bengkulu Sutarjo Wiratma mengatakan, guru kurang.", &[(Org, "Majelis Adat Bengkulu")], &[(Org, "Majelis Adat Bengkulu Sutarjo Wiratma")]),
            // A head inside a headline in capitals names nothing.
            ex(Lang::En, "HOCKEY - LEAGUE TABLE AFTER FRIDAY'S GAMES.", &[], &[(Org, "LEAGUE TABLE")]),
            // A head that ends a line does not take the next line's words.
            ex(Lang::En, "Marla Stone of Harbour Party\nNew Future Party won.", &[(Org, "New Future Party")], &[(Org, "Party\nNew Future")]),
        ],
        run: head_name,
    },
    Rule {
        id: "org/name-tail",
        label: Org,
        priority: 38,
        langs: BOTH,
        confidence: 0.75,
        description: "capitalized words ending in an organization tail noun (University, Party, Corp, Herald; Center before \"for\")",
        examples: &[
            ex(Lang::En, "He studied at Kelderman University in the 1990s.", &[(Org, "Kelderman University")], &[]),
            ex(Lang::En, "Shares of Tanjung Kencana Group rose.", &[(Org, "Tanjung Kencana Group")], &[]),
            ex(Lang::En, "Fans of Kelderman Rovers stormed the pitch.", &[(Org, "Kelderman Rovers")], &[(Person, "Kelderman Rovers")]),
            ex(Lang::En, "A grant from the Kelderman Foundation for the Folk Arts arrived.", &[(Org, "Kelderman Foundation for the Folk Arts")], &[]),
            ex(Lang::En, "A study by the Kelderman Center for Policy Research agreed.", &[(Org, "Kelderman Center for Policy Research")], &[(Place, "Kelderman Center")]),
        ],
        run: name_tail,
    },
    Rule {
        id: "org/sports-team",
        label: Org,
        priority: 0,
        langs: BOTH,
        confidence: 0.7,
        description: "a city or state named next to a score or a match verb, or opening a fixture line (\"BOSTON AT OAKLAND\"), is the team (\"Chicago 4 Florida 2\", \"Madrid mengalahkan Barcelona\"); relabels after the overlap policy",
        examples: &[
            ex(Lang::Id, "Dalam laga semalam, Wolfsburg mengalahkan Hannover dengan skor 2-1.", &[(Org, "Wolfsburg")], &[(Place, "Wolfsburg")]),
            ex(Lang::En, "In Thursday's games Chicago beat Montreal 4-2.", &[(Org, "Chicago"), (Org, "Montreal")], &[]),
            ex(Lang::En, "The summit was held in Chicago last week.", &[(Place, "Chicago")], &[(Org, "Chicago")]),
            // A fixture line: the visiting team at the place it plays in.
            ex(Lang::En, "Schedule for Friday:\nDENVER AT PHOENIX\nDALLAS AT SAN ANTONIO", &[(Org, "DENVER"), (Place, "PHOENIX"), (Org, "DALLAS"), (Place, "SAN ANTONIO")], &[]),
        ],
        run: after_resolution,
    },
    Rule {
        id: "org/score-line",
        label: Org,
        priority: 37,
        langs: BOTH,
        confidence: 0.65,
        description: "in a results or standings line (numbers and capitalized names only), a name followed by a score is a team (\"Kelderton Albion 4 1 1 2\", \"Brookvale 42 Kelderman Rovers 36\"); countries keep their gazetteer label and known given name + surname pairs stay persons",
        examples: &[
            ex(Lang::En, "Kelderman Rovers 4 Borrowdale 2", &[(Org, "Kelderman Rovers"), (Org, "Borrowdale")], &[]),
            ex(Lang::En, "Derbyshire 15 4 2 9 0 37 40 121", &[(Org, "Derbyshire")], &[]),
            ex(Lang::Id, "Persikabo 2 Persiraja 1", &[(Org, "Persikabo"), (Org, "Persiraja")], &[]),
            ex(Lang::En, "Colin Dunmarrow 69 70 71 210", &[(Person, "Colin Dunmarrow")], &[(Org, "Colin Dunmarrow")]),
            ex(Lang::En, "Japan 2 Syria 1", &[(Place, "Japan"), (Place, "Syria")], &[(Org, "Japan")]),
            ex(Lang::En, "Kelderman scored 2 goals in 3 games.", &[], &[(Org, "Kelderman")]),
            ex(Lang::Id, "Jl Cempaka Wangi Raya No 5 Jakarta 10110", &[], &[(Org, "Jl Cempaka Wangi Raya No")]),
        ],
        run: score_line,
    },
    Rule {
        id: "org/legal-suffix",
        label: Org,
        priority: 48,
        langs: BOTH,
        confidence: 0.85,
        description: "an organization extended by its legal form (Tbk, (Persero), Ltd, Inc., Corp., PLC, AG)",
        examples: &[
            ex(Lang::Id, "Saham PT Semen Wiratma Kencana Tbk naik tajam.", &[(Org, "PT Semen Wiratma Kencana Tbk")], &[]),
            ex(Lang::En, "Shares of Borrowdale Mining Ltd fell.", &[(Org, "Borrowdale Mining Ltd")], &[]),
            ex(Lang::En, "Shares of Douglas & Brackwood Co were up.", &[(Org, "Douglas & Brackwood Co")], &[(Place, "Douglas")]),
        ],
        run: legal_suffix,
    },
    Rule {
        id: "org/short-form",
        label: Org,
        priority: 30,
        langs: BOTH,
        confidence: 0.7,
        description: "a company name repeated without its legal form (\"Douglas & Brackwood\" after \"Douglas & Brackwood Co\", \"Kelderman Baja\" after \"PT Kelderman Baja Tbk\"); runs after the overlap policy",
        examples: &[
            ex(Lang::En, "Shares of Douglas & Brackwood Co rose. Douglas & Brackwood's executives stayed.", &[(Org, "Douglas & Brackwood")], &[(Person, "Douglas")]),
            ex(Lang::Id, "Saham PT Kelderman Baja Tbk naik. Saham Kelderman Baja sempat turun.", &[(Org, "Kelderman Baja")], &[]),
            ex(Lang::En, "Shares of Acme Steel Ltd fell. Acme Steel Works was not affected.", &[], &[(Org, "Acme Steel")]),
        ],
        run: after_resolution,
    },
    Rule {
        id: "org/cited-source",
        label: Org,
        priority: 62,
        langs: BOTH,
        confidence: 0.7,
        description: "the news source after a citation cue (seperti dilansir, dikutip dari, mengutip; reported by): a capitalized name or one-word place read as the outlet",
        examples: &[
            ex(Lang::Id, "Hal itu disampaikan pelatih itu seperti dilansir Marcaweb, Senin.", &[(Org, "Marcaweb")], &[]),
            ex(Lang::Id, "Dikutip dari Gizmorama, ponsel itu dirilis pekan depan.", &[(Org, "Gizmorama")], &[]),
            ex(Lang::Id, "Ia tiba dari Surabaya kemarin.", &[], &[(Org, "Surabaya")]),
        ],
        run: cited_source,
    },
    Rule {
        id: "org/acronym",
        label: Org,
        priority: 10,
        langs: BOTH,
        confidence: 0.5,
        description: "an unknown all-capitals word of 2-6 letters inside a sentence (not a unit, time zone or law code)",
        examples: &[
            ex(Lang::Id, "Laporan itu diserahkan kepada KPPMT pekan lalu.", &[(Org, "KPPMT")], &[]),
            ex(Lang::Id, "Rapat dimulai pukul 09.00 WIB di gedung itu.", &[], &[(Org, "WIB")]),
            ex(Lang::En, "Traders said OIL prices rose again.", &[], &[(Org, "OIL")]),
        ],
        run: acronym,
    },
    Rule {
        id: "title/head-words",
        label: Title,
        priority: 45,
        langs: BOTH,
        confidence: 0.7,
        description: "a title extended by capitalized common words naming its field (Direktur Strategi dan Rencana, Kepala Bidang Humas)",
        examples: &[
            ex(Lang::Id, "Direktur Strategi dan Rencana Korea Selatan hadir.", &[(Title, "Direktur Strategi dan Rencana")], &[]),
        ],
        run: title_words,
    },
    Rule {
        id: "place/head-name",
        label: Place,
        priority: 42,
        langs: BOTH,
        confidence: 0.75,
        description: "a place head noun (Jalan, Bandara, Istana, Gedung, Kota, Kecamatan; Mount, Lake) followed by a capitalized name",
        examples: &[
            ex(Lang::Id, "Massa berkumpul di Jalan Cempaka Wangi Barat sejak pagi.", &[(Place, "Jalan Cempaka Wangi Barat")], &[]),
            ex(Lang::Id, "Presiden tiba di Bandara Tanjung Sukamenak pukul 10.00.", &[(Place, "Bandara Tanjung Sukamenak")], &[]),
            ex(Lang::En, "Thousands fled the eruption of Mount Sinabung in North Sumatra.", &[(Place, "Mount Sinabung")], &[]),
            ex(Lang::En, "Farmers across the State of Kelderland protested.", &[(Place, "State of Kelderland")], &[]),
            ex(Lang::En, "The State of the Union address ran long.", &[], &[(Place, "State of the Union")]),
            ex(Lang::Id, "Ia menjadi wali kota sejak 2010.", &[], &[(Place, "kota")]),
        ],
        run: place_head,
    },
    Rule {
        id: "place/name-tail",
        label: Place,
        priority: 41,
        langs: BOTH,
        confidence: 0.75,
        description: "capitalized words ending in a place tail noun (Airport, Street, Island, River, Province, Museum, Center)",
        examples: &[
            ex(Lang::En, "The plane landed at Tanjung Wiratma Airport late on Monday.", &[(Place, "Tanjung Wiratma Airport")], &[]),
            ex(Lang::En, "The orbiter went to the Kelderton Aviation & Space Museum in Oregon.", &[(Place, "Kelderton Aviation & Space Museum")], &[]),
            ex(Lang::En, "The crew landed near the Kelderman Space Center in Texas.", &[(Place, "Kelderman Space Center")], &[]),
            ex(Lang::En, "The shuttle will go to the Marla F. Kelderman Center next year.", &[(Place, "Marla F. Kelderman Center")], &[]),
            ex(Lang::Id, "Ia bertemu Menteri Perindustrian Korea Selatan Park Min-jae.", &[(Person, "Park Min-jae")], &[(Place, "Korea Selatan Park")]),
        ],
        run: place_tail,
    },
    Rule {
        id: "place/direction",
        label: Place,
        priority: 43,
        langs: BOTH,
        confidence: 0.85,
        description: "a place extended by a direction word (Jakarta Selatan, Papua Barat; South Jakarta, East Java, Dublin South)",
        examples: &[
            ex(Lang::Id, "Banjir merendam sejumlah wilayah di Cimahi Timur kemarin.", &[(Place, "Cimahi Timur")], &[]),
            ex(Lang::En, "Floods hit parts of South Sulawesi on Friday.", &[(Place, "South Sulawesi")], &[]),
            ex(Lang::En, "Voters in Dublin South went to the polls.", &[(Place, "Dublin South")], &[]),
            ex(Lang::En, "Shares of Dublin North Kelderman Bank rose.", &[], &[(Place, "Dublin North")]),
        ],
        run: place_direction,
    },
    Rule {
        id: "place/cue-name",
        label: Place,
        priority: 20,
        langs: BOTH,
        confidence: 0.55,
        description: "a place cue (di, ke, dari, kota, provinsi; in, from) followed by a capitalized name nothing else claimed, unless it names a competition (\"di Premier League\")",
        examples: &[
            ex(Lang::Id, "Ia pernah bermain di Premier League dan pindah ke Bundesliga.", &[], &[(Place, "Premier League"), (Place, "Bundesliga")]),
            ex(Lang::Id, "Banjir melanda Kecamatan Sukamaju dan warga mengungsi ke Cibeureum.", &[(Place, "Cibeureum")], &[]),
            ex(Lang::Id, "Ia tiba di Kementerian Luar Negeri pagi ini.", &[], &[(Place, "Kementerian Luar Negeri")]),
        ],
        run: cue_place,
    },
    Rule {
        id: "place/dateline",
        label: Place,
        priority: 30,
        langs: BOTH,
        confidence: 0.8,
        description: "the all-capitals dateline place that opens an article (\"SEOUL –\", \"JAKARTA, KOMPAS.com\")",
        examples: &[
            ex(Lang::Id, "SUKAMENAK, KOMPAS.com - Hujan deras turun.", &[(Place, "SUKAMENAK")], &[]),
            // A headline in capitals, even with "KELDERTON'S" or "V" in it.
            ex(Lang::En, "SOCCER - KELDERTON'S STAR MOVES ON.\nCRICKET - KELDERTON V BROOKVALE SCOREBOARD.", &[], &[(Place, "SOCCER"), (Place, "CRICKET")]),
        ],
        run: dateline,
    },
];

/// Rules that run after the overlap policy (see `entities::propagate`)
/// have nothing to do in the first pass.
fn after_resolution(_: &Ctx<'_, '_>, _: &super::Rule, _: &mut Vec<Cand>) {}

/// A force or corps marker that follows a rank: "TNI", "Pol", "Inf",
/// "Purn", "Laut" (folded).
pub(crate) fn is_rank_marker(t: &str) -> bool {
    matches!(
        t,
        "tni" | "pol" | "polisi" | "inf" | "purn" | "mar" | "pnb" | "laut" | "czi" | "kav" | "art"
    )
}

/// Skip the force/corps markers that follow a rank: "TNI", "Pol", "(Inf)",
/// "(Purn)", "Laut (P)".
fn skip_rank_markers(c: &Ctx<'_, '_>, mut k: usize) -> usize {
    while k < c.n() {
        if c.tok(k) == "(" {
            // "(Inf)", "(Purn)", "(P)": up to 3 tokens then ')'
            let mut j = k + 1;
            while j < c.n() && j < k + 4 && c.tok(j) != ")" {
                j += 1;
            }
            if j < c.n() && c.tok(j) == ")" && j > k + 1 {
                k = j + 1;
                continue;
            }
            return k;
        }
        if !is_rank_marker(c.tok(k)) {
            break;
        }
        k += 1;
        if k < c.n() && c.tok(k) == "." {
            k += 1;
        }
    }
    k
}

fn accept_name(c: &Ctx<'_, '_>, s: usize, e: usize, strong: bool) -> bool {
    let words = (s..e).filter(|&i| c.shape(i).alpha).count();
    let score = c.name_score(s, e);
    if words == 1 {
        // A lone word: must not be a common word unless it is a known name.
        let i = (s..e).find(|&i| c.shape(i).alpha).unwrap_or(s);
        if c.shape(i).all_caps && c.tok(i).len() <= 4 {
            return false;
        }
        return if strong {
            score >= 1
        } else {
            c.is_name_word(i) || (score >= 1 && !c.at_sentence_start(i))
        };
    }
    if strong {
        score >= 0
    } else {
        score >= 2
    }
}

/// A strongly cued name starting at token `k` ("kata Park", "Pak Warsidi").
fn emit_name_at(c: &Ctx<'_, '_>, r: &super::Rule, k: usize, out: &mut Vec<Cand>) {
    if let Some(e) = c.name_run(k, 4) {
        if accept_name(c, k, e, true) {
            c.emit(r, k, e, r.confidence, out);
        }
    }
}

fn title_name(c: &Ctx<'_, '_>, r: &super::Rule, out: &mut Vec<Cand>) {
    let mut i = 0;
    while i < c.n() {
        let is_head = matches!(c.tok_label[i], Some(Label::Title) | Some(Label::Rank))
            && c.tok_mention_end[i] > i;
        if !is_head {
            i += 1;
            continue;
        }
        let mut k = c.tok_mention_end[i];
        let is_rank = c.tok_label[i] == Some(Label::Rank);
        let send = c.sent_end[i];
        // TITLE [ORG|PLACE]{0,3} [RANK [markers]]
        let mut hops = 0;
        while k < send && hops < 4 {
            match c.tok_label[k] {
                Some(Label::Org) | Some(Label::Place) if !is_rank && c.tok_mention_end[k] > k => {
                    k = c.tok_mention_end[k];
                    hops += 1;
                }
                Some(Label::Rank) | Some(Label::Title) if c.tok_mention_end[k] > k => {
                    k = c.tok_mention_end[k];
                    hops += 1;
                }
                // The title's field, ending at its organization ("Direktur
                // Jenderal Penanganan Bencana | Kementerian Sosial").
                None if !is_rank => {
                    let mut e = k;
                    loop {
                        while e < send
                            && c.tok_label[e].is_none()
                            && c.shape(e).cap
                            && c.shape(e).alpha
                        {
                            e += 1;
                        }
                        // "Data dan Informasi": fields joined by "dan".
                        if e > k
                            && e + 1 < send
                            && c.is_in(e, connectors(c))
                            && c.tok_label[e + 1].is_none()
                            && c.shape(e + 1).cap
                        {
                            e += 1;
                            continue;
                        }
                        break;
                    }
                    let field = (k..e).any(|j| c.is_common(j) || c.nominalization(j));
                    // A unit no list knows is the title's field too when
                    // its organization and then a name or rank follow
                    // ("Kepala Pusdalkar | BNPB | Sutarjo Wiratma").
                    let unit = e > k && e < send && c.tok_mention_end[e] > e && {
                        let after = c.tok_mention_end[e];
                        after < send
                            && (c.name_token(after)
                                || matches!(c.tok_label[after], Some(Label::Rank | Label::Title)))
                    };
                    if e > k
                        && (field || unit)
                        && e < send
                        && matches!(c.tok_label[e], Some(Label::Org) | Some(Label::Place))
                    {
                        k = e;
                        hops += 1;
                    } else {
                        break;
                    }
                }
                _ => break,
            }
        }
        if is_rank || c.tok_label[k.saturating_sub(1)] == Some(Label::Rank) {
            k = skip_rank_markers(c, k);
        }
        // "Juru bicara OJK, Sekar Putih Djarot, mengimbau": the name set off
        // by commas after the title and its organization.
        if k > c.tok_mention_end[i] && k + 1 < send && c.tok(k) == "," && !c.shape(k + 1).all_caps {
            if let Some(e) = c.name_run(k + 1, 4) {
                let closes = e >= send
                    || c.tok(e) == ","
                    || c.word_in(
                        e,
                        c.by_lang(&cues::SPEECH_AFTER_NAME_ID, &cues::SPEECH_AFTER_NAME_EN),
                    ) > 0;
                if closes && accept_name(c, k + 1, e, true) {
                    c.emit(r, k + 1, e, r.confidence, out);
                    i = e;
                    continue;
                }
            }
        }
        if let Some(e) = c.name_run(k, 8) {
            // An unknown organization between the title and the person
            // ("Sekretaris Jenderal Walhasta Maria Wiratmi", "Direktur Lumbung
            // Tani Sukamenak Darto Kelana Wiratma mengatakan"): the person
            // starts at the first known given name after it; failing one,
            // a long run that closes the clause ends with a two-word name.
            let mut k = k;
            let mut e = e;
            let mut conf = r.confidence;
            if e - k >= 2 && !c.is_name_word(k) {
                if let Some(g) = (k + 1..e)
                    .find(|&j| c.lexf[j] & lex::GIVEN != 0 && c.is_name_word(j) && !c.is_common(j))
                {
                    k = g;
                    e = c.name_run(g, 4).unwrap_or(e);
                } else if let Some(t) = org_words_before_name(c, k, e) {
                    // "Koordinator Nasional Jaga Rawa | Irvo Dasuki":
                    // leading everyday words belong to the organization.
                    k = t;
                    conf = 0.7;
                } else if e - k > 4 {
                    let send = c.sent_end[k];
                    let closes = e >= send
                        || c.tok(e) == ","
                        || c.word_in(
                            e,
                            c.by_lang(&cues::SPEECH_AFTER_NAME_ID, &cues::SPEECH_AFTER_NAME_EN),
                        ) > 0;
                    if !closes {
                        i += 1;
                        continue;
                    }
                    k = e - 2;
                    conf = 0.6;
                }
            }
            if e - k > 4 {
                i += 1;
                continue;
            }
            if accept_name(c, k, e, true) {
                c.emit(r, k, e, conf, out);
                i = e;
                continue;
            }
        }
        i += 1;
    }
}

/// In a run of three or more capitalized words `k..e`, the start of the
/// person's name after leading everyday words (in either language: an
/// Indonesian text borrows English organization names) that no name list
/// has; `None` when there are none.
fn org_words_before_name(c: &Ctx<'_, '_>, k: usize, e: usize) -> Option<usize> {
    let mut t = k;
    while e - t > 2
        && c.lexf[t] & (lex::GIVEN | lex::SURNAME) == 0
        && (c.lexf[t] & (lex::COMMON_ID | lex::COMMON_EN) != 0 || c.nominalization(t))
    {
        t += 1;
    }
    (t > k).then_some(t)
}

fn honorific_name(c: &Ctx<'_, '_>, r: &super::Rule, out: &mut Vec<Cand>) {
    let list = c.by_lang(&cues::HONORIFICS_ID, &cues::HONORIFICS_EN);
    for &i in &c.caps {
        if !c.is_in(i, list) {
            continue;
        }
        let mut k = i + 1;
        if k < c.n() && c.tok(k) == "." {
            k += 1;
        }
        emit_name_at(c, r, k, out);
    }
}

fn speech_verb_name(c: &Ctx<'_, '_>, r: &super::Rule, out: &mut Vec<Cand>) {
    let list = c.by_lang(&cues::SPEECH_BEFORE_NAME_ID, &cues::SPEECH_BEFORE_NAME_EN);
    for &i in &c.cued {
        if let Some(k) = c.after_cue(i, c.word_in(i, list)) {
            emit_name_at(c, r, k, out);
        }
    }
}

fn name_speech_verb(c: &Ctx<'_, '_>, r: &super::Rule, out: &mut Vec<Cand>) {
    let list = c.by_lang(&cues::SPEECH_AFTER_NAME_ID, &cues::SPEECH_AFTER_NAME_EN);
    for &v in &c.cued {
        if v == 0 || c.word_in(v, list) == 0 {
            continue;
        }
        // Walk back over the name run ending right before the verb.
        let mut s = v;
        while s > c.sent_start[v] && c.name_token(s - 1) && v - s < 4 {
            s -= 1;
        }
        // "... the Lowy Institute in Sydney said": after a locative
        // preposition the words are a place, not the speaker.
        let located = s > 0 && matches!(c.tok(s - 1), "in" | "at" | "from" | "di" | "ke" | "dari");
        if s == v || located {
            continue;
        }
        // The run must be maximal: the token before it is not a name token.
        if let Some(e) = c.name_run(s, 4) {
            // "Direktur Indonesia for Digital Trade | Sutarjo Wiratma
            // menyampaikan": everyday words lead into the name.
            let mut s = org_words_before_name(c, s, e).unwrap_or(s);
            // "Democrat | Rudy Brackwood said", "Outspoken Canadian |
            // Marla Pellingham said": before a known given name, words no name
            // list has describe the speaker.
            if e - s >= 3 && c.lexf[s] & (lex::GIVEN | lex::SURNAME) == 0 {
                if let Some(g) = (s + 1..e - 1)
                    .find(|&j| c.lexf[j] & lex::GIVEN != 0 && c.is_name_word(j) && !c.is_common(j))
                {
                    s = g;
                }
            }
            if e == v && accept_name(c, s, e, false) {
                c.emit(r, s, e, r.confidence, out);
            }
        }
    }
}

fn apposition(c: &Ctx<'_, '_>, r: &super::Rule, out: &mut Vec<Cand>) {
    for &i in &c.caps {
        if !c.name_token(i) || (i > 0 && c.name_token(i - 1)) {
            continue;
        }
        let Some(e) = c.name_run(i, 4) else { continue };
        if e >= c.n() || c.tok(e) != "," {
            continue;
        }
        let mut k = e + 1;
        if k < c.n()
            && matches!(
                c.tok(k),
                "seorang" | "sang" | "salah" | "a" | "an" | "the" | "mantan" | "former"
            )
        {
            k += 1;
        }
        let titled = k < c.n()
            && (c.tok_label[k] == Some(Label::Title) || c.tok_label[k] == Some(Label::Rank));
        if titled && accept_name(c, i, e, false) | (e - i >= 2 && c.name_score(i, e) >= 1) {
            c.emit(r, i, e, r.confidence, out);
        }
    }
}

fn hyphenated_given(c: &Ctx<'_, '_>, r: &super::Rule, out: &mut Vec<Cand>) {
    for &i in c.caps.iter().take_while(|&&i| i + 1 < c.n()) {
        let (a, b) = (c.shape(i), c.shape(i + 1));
        if !a.cap
            || a.all_caps
            || a.hyphen
            || !b.cap
            || !b.hyphen
            || b.all_caps
            || c.tok_label[i + 1].is_some()
        {
            continue;
        }
        if !c.romanized_given(i + 1) {
            continue;
        }
        let sur = c.tok(i);
        let known = c.lexf[i] & lex::SURNAME != 0;
        if !(known || (sur.len() <= 5 && !c.is_common(i)))
            || c.tok_label[i].is_some_and(|l| l != Label::Person)
        {
            continue;
        }
        c.emit(r, i, i + 2, r.confidence, out);
    }
}

fn given_surname(c: &Ctx<'_, '_>, r: &super::Rule, out: &mut Vec<Cand>) {
    let mut next = 0;
    for &i in c.caps.iter().take_while(|&&i| i + 1 < c.n()) {
        if i < next {
            continue;
        }
        let f = c.lexf[i];
        if f & lex::GIVEN == 0 || !c.name_token(i) || c.shape(i).all_caps {
            continue;
        }
        let Some(mut e) = c.name_run(i, 4) else {
            continue;
        };
        // "Rudy Jordan", "Michael Chad": after an unambiguous given name
        // inside a sentence, a one-word place that is also a listed
        // surname is the surname.
        // So is a one-word rank or title ("Marla Major"), before no further
        // capitalized word.
        if e == i + 1
            && e < c.sent_end[i]
            && c.tok_mention_end[e] == e + 1
            && c.lexf[e] & lex::SURNAME != 0
            && c.is_name_word(i)
            && !c.at_sentence_start(i)
            && match c.tok_label[e] {
                Some(Label::Place) => !c.is_common(i) && !c.name_token(e + 1),
                Some(Label::Rank | Label::Title) => e + 1 >= c.sent_end[i] || !c.shape(e + 1).cap,
                _ => false,
            }
        {
            e += 1;
            c.emit(r, i, e, r.confidence, out);
            next = e;
            continue;
        }
        if e - i < 2 {
            continue;
        }
        // (`name_amb` implies `is_common`.)
        // "Steven F. Kelder Center", "Rudy Kelder Foundation": a run
        // ending in an organization or place head names no person.
        let last = e - 1;
        if c.word_in(last, heads(c)) > 0
            || c.is_in(last, &cues::ORG_TAILS_EN)
            || c.is_in(last, &cues::PLACE_TAILS_EN)
        {
            continue;
        }
        let amb = c.is_common(i);
        let next_known = c.lexf[i + 1] & (lex::SURNAME | lex::GIVEN) != 0;
        if (amb && !next_known) || (c.at_sentence_start(i) && c.is_common(i)) {
            continue;
        }
        // After an unambiguous given name inside a sentence, a capitalized
        // common word is the surname ("Rudy Fields", "Kathryn Meadows",
        // "Marla Stone"), unless it heads an organization or a place.
        let given_first = c.is_name_word(i) && !c.is_common(i) && !c.at_sentence_start(i);
        let surname_words = given_first
            && e == i + 2
            && (i + 1..e).all(|k| {
                c.word_in(k, heads(c)) == 0
                    && c.word_in(k, place_heads(c)) == 0
                    && !c.lower_compound(k)
            });
        // An everyday word that is also a given name, before listed name
        // words inside a sentence: "Frank Peterson", "Mark Kowalczyk".
        let listed_after = !c.at_sentence_start(i)
            && (i + 1..e).all(|k| c.lexf[k] & (lex::GIVEN | lex::SURNAME) != 0 && !c.is_common(k));
        if surname_words || listed_after || c.name_score(i, e) >= 2 {
            c.emit(r, i, e, r.confidence, out);
            next = e;
        }
    }
}

/// Organization head nouns for the document language.
fn heads(c: &Ctx<'_, '_>) -> &'static cues::CueList {
    c.by_lang(&cues::ORG_HEADS_ID, &cues::ORG_HEADS_EN)
}

fn connectors(c: &Ctx<'_, '_>) -> &'static cues::CueList {
    c.by_lang(&cues::NAME_CONNECTORS_ID, &cues::NAME_CONNECTORS_EN)
}

fn head_name(c: &Ctx<'_, '_>, r: &super::Rule, out: &mut Vec<Cand>) {
    let list = heads(c);
    let mut next = 0;
    for &i in &c.caps {
        if i < next {
            continue;
        }
        let m = c.word_in(i, list);
        // The head may itself be a listed organization ("Polres").
        let head_only = c.tok_label[i] == Some(Label::Org) && c.tok_mention_end[i] == i + m;
        if m == 0 || !c.shape(i).cap || (c.tok_label[i].is_some() && !head_only) {
            continue;
        }
        let mut k = i + m;
        // "Ministry of Defense", "University of Indonesia"
        if c.lang == Lang::En && k < c.n() && c.tok(k) == "of" {
            k += 1;
        }
        let start_run = k;
        let e = org_run_from(c, k);
        // A head in a headline in capitals runs on into the headline's
        // other words ("MINOR LEAGUE SCORES", "LEAGUE TABLE").
        if c.shape(i).all_caps && e > start_run && (start_run..e).all(|j| c.tok_label[j].is_none())
        {
            let (s, se) = (c.sent_start[i], c.sent_end[i]);
            let caps = (s..se).filter(|&j| c.shape(j).all_caps).count();
            let words = (s..se).filter(|&j| c.shape(j).alpha).count();
            if caps * 2 > words {
                next = e;
                continue;
            }
        }
        if e > start_run {
            c.emit(r, i, e, r.confidence, out);
            next = e;
        }
    }
}

/// Run for heads: stop before the next org head so that "Departemen X
/// Universitas Y" yields two organizations.
fn org_run_from(c: &Ctx<'_, '_>, start: usize) -> usize {
    let send = c.sent_end.get(start).copied().unwrap_or(start);
    let mut k = start;
    let mut last = start;
    while k < send {
        if matches!(c.tok_label[k], Some(Label::Org) | Some(Label::Place))
            && c.tok_mention_end[k] > k
        {
            // A multi-word organization is a name of its own ("Departemen X
            // Universitas Nasional Seoul"); places and acronyms nest.
            if k > start && c.tok_label[k] == Some(Label::Org) && c.tok_mention_end[k] > k + 1 {
                break;
            }
            let place = c.tok_label[k] == Some(Label::Place);
            k = c.tok_mention_end[k];
            last = k;
            // A place usually ends the name: an uncommon capitalized word
            // after it is the person the organization precedes ("Majelis
            // Adat Bengkulu | Sutarjo Wiratma").
            if place
                && k < send
                && c.tok_label[k].is_none()
                && c.shape(k).cap
                && c.shape(k).alpha
                && !c.shape(k).all_caps
                && !c.is_common(k)
                && c.word_in(k, heads(c)) == 0
            {
                break;
            }
            continue;
        }
        if c.tok_label[k].is_some() {
            break;
        }
        let sh = c.shape(k);
        if sh.cap && (sh.alpha || sh.digit) && !c.never_name(k) {
            if k > start && c.word_in(k, heads(c)) > 0 {
                break;
            }
            // A known given name ends the organization: the person comes
            // next ("Badan Cadangan Pangan Budi Wiratmo").
            if k > start && c.lexf[k] & lex::GIVEN != 0 && c.is_name_word(k) && !c.is_common(k) {
                break;
            }
            k += 1;
            last = k;
            continue;
        }
        if sh.digit && !sh.alpha && k > start {
            k += 1;
            last = k;
            continue;
        }
        if k > start
            && c.is_in(k, connectors(c))
            && k + 1 < send
            && c.shape(k + 1).cap
            && c.word_in(k + 1, heads(c)) == 0
        {
            k += 1;
            continue;
        }
        break;
    }
    last
}

fn name_tail(c: &Ctx<'_, '_>, r: &super::Rule, out: &mut Vec<Cand>) {
    let tails: &cues::CueList = &cues::ORG_TAILS_EN;
    for &t in &c.caps {
        // A center is a place ("Kelderman Space Center") unless "for"
        // names its purpose ("Kelderman Center for Policy Research").
        let center = c.lang == Lang::En
            && matches!(c.tok(t), "center" | "centre")
            && t + 1 < c.sent_end[t]
            && c.tok(t + 1) == "for";
        if t == 0 || (c.word_in(t, tails) == 0 && !center) || c.tok_label[t].is_some() {
            continue;
        }
        // Walk back over capitalized words / nested places.
        let mut s = t;
        while s > c.sent_start[t] {
            let p = s - 1;
            let sh = c.shape(p);
            if c.tok_label[p].is_some_and(|l| l == Label::Place || l == Label::Org) {
                s = p;
                continue;
            }
            if c.tok_label[p].is_none() && sh.cap && sh.alpha && !c.never_name(p) {
                s = p;
                continue;
            }
            break;
        }
        if s == t || (s == c.sent_start[t] && t - s < 2 && c.is_common(s)) {
            continue;
        }
        // "The Jakarta Post" in Indonesian text: an English article inside
        // an Indonesian sentence belongs to the borrowed name. In English
        // text "The" is the article, not part of the name.
        if c.lang == Lang::Id && s > c.sent_start[t] && c.view.tok_orig(s - 1) == "The" {
            s -= 1;
        }
        // "Rudy Kelder Foundation for the Folk Arts", "Kelderton Journal of
        // Medicine": an English name goes on after of/for/on.
        let mut end = t + c.word_in(t, tails).max(1);
        if c.lang == Lang::En
            && end + 1 < c.sent_end[t]
            && matches!(c.tok(end), "of" | "for" | "on")
        {
            let mut k = end + 1;
            if c.tok(k) == "the" {
                k += 1;
            }
            if k < c.sent_end[t] && c.shape(k).cap {
                let e = org_run_from(c, k);
                if e > k {
                    end = e;
                }
            }
        }
        c.emit(r, s, end, r.confidence, out);
    }
}

fn acronym(c: &Ctx<'_, '_>, r: &super::Rule, out: &mut Vec<Cand>) {
    // A word in capitals without digits begins with a capital letter.
    for &i in &c.caps {
        let sh = c.shape(i);
        if !sh.all_caps {
            continue;
        }
        let w = c.tok(i);
        // "US$ 5": a currency.
        let currency = c.view.folded.as_bytes().get(c.view.tokens[i].end) == Some(&b'$');
        if currency
            || !sh.all_caps
            || sh.digit
            || sh.hyphen
            || c.tok_label[i].is_some()
            || !(2..=6).contains(&w.len())
        {
            continue;
        }
        // An English common word in capitals ("NOTE", "CRUDE", "UNLESS")
        // is no acronym; Indonesian acronyms often spell words ("PAN").
        if cues::NOT_ORG_ACRONYMS.has(w)
            || w.chars().all(|ch| matches!(ch, 'i' | 'v' | 'x'))
            || (c.lang == Lang::En && w.len() >= 3 && c.is_common(i))
        {
            continue;
        }
        // Headlines and dateline openers in capitals are not acronyms.
        let (s, e) = (c.sent_start[i], c.sent_end[i]);
        let caps = (s..e).filter(|&k| c.shape(k).all_caps).count();
        let words = (s..e).filter(|&k| c.shape(k).alpha).count();
        if caps * 2 > words || (i == 0 && i + 1 < c.n() && matches!(c.tok(i + 1), "," | "-")) {
            continue;
        }
        c.emit(r, i, i + 1, r.confidence, out);
    }
}

fn title_words(c: &Ctx<'_, '_>, r: &super::Rule, out: &mut Vec<Cand>) {
    for &i in &c.caps {
        if c.tok_label[i] != Some(Label::Title) || c.tok_mention_end[i] <= i {
            continue;
        }
        let send = c.sent_end[i];
        let mut k = c.tok_mention_end[i];
        let mut last = k;
        while k < send {
            let sh = c.shape(k);
            if c.tok_label[k].is_none()
                && sh.cap
                && sh.alpha
                && c.is_common(k)
                && !c.is_name_word(k)
                && c.word_in(k, heads(c)) == 0
                && c.word_in(k, place_heads(c)) == 0
            {
                k += 1;
                last = k;
                continue;
            }
            if c.is_in(k, connectors(c))
                && k + 1 < send
                && c.shape(k + 1).cap
                && c.is_common(k + 1)
                && c.tok_label[k + 1].is_none()
            {
                k += 1;
                continue;
            }
            break;
        }
        // The field ends the title only where a name or the clause begins
        // ("Direktur Strategi dan Rencana | Korea Selatan"); before more
        // capitalized words it is the start of an organization's name
        // ("Direktur | Lumbung Tani Sukamenak").
        let ends_well = last >= send || c.tok_label[last].is_some() || !c.shape(last).cap;
        if last > c.tok_mention_end[i] && ends_well {
            c.emit(r, i, last, r.confidence, out);
        }
    }
}

fn cue_place(c: &Ctx<'_, '_>, r: &super::Rule, out: &mut Vec<Cand>) {
    let list = c.by_lang(&cues::PLACE_CUES_ID, &cues::PLACE_CUES_EN);
    for &i in &c.cued {
        let m = c.word_in(i, list);
        if m == 0
            || c.shape(i).cap
                && i != c.sent_start[i]
                && c.lang == Lang::Id
                && m == 1
                && c.tok(i).len() <= 3
        {
            continue;
        }
        let Some(k) = c.after_cue(i, m) else {
            continue;
        };
        if c.tok_label[k].is_some() || !c.name_token(k) || c.shape(k).all_caps {
            continue;
        }
        if c.word_in(k, heads(c)) > 0 || c.is_common(k) {
            continue;
        }
        let mut e = k + 1;
        while e < c.sent_end[k] && e < k + 3 && c.name_token(e) && c.tok_label[e].is_none() {
            e += 1;
        }
        // Competitions are not places: "di Premier League", "in the
        // Bundesliga", "ke Piala Dunia".
        const EVENTS: &[&str] = &[
            "league",
            "liga",
            "cup",
            "piala",
            "championship",
            "championships",
            "open",
            "games",
            "olympics",
            "olimpiade",
            "series",
            "festival",
            "award",
            "awards",
            "expo",
        ];
        if (k..e).any(|j| EVENTS.contains(&c.tok(j)) || c.tok(j).ends_with("liga")) {
            continue;
        }
        c.emit(r, k, e, r.confidence, out);
    }
}

fn dateline(c: &Ctx<'_, '_>, r: &super::Rule, out: &mut Vec<Cand>) {
    // An all-capitals run of one to three words opening a line in the first
    // lines of the text, followed by ',' or '(' ("JAKARTA, KOMPAS.com",
    // "LONDON (Reuters)"), or by a dash when the rest of the line is not in
    // capitals too (a headline such as "SOCCER - LEADING RESULTS").
    let limit = c.n().min(60);
    let line_start = |i: usize| {
        i == 0 || c.view.folded[c.view.tokens[i - 1].end..c.view.tokens[i].start].contains('\n')
    };
    for i in 0..limit {
        if !line_start(i)
            || !c.shape(i).all_caps
            || c.tok_label[i].is_some_and(|l| l != Label::Place)
        {
            continue;
        }
        let mut e = i + 1;
        while e < c.n() && e < i + 3 && c.shape(e).all_caps && !line_start(e) {
            e += 1;
        }
        if e >= c.n() || c.tok_label[i].is_some() {
            continue;
        }
        let ok = match c.tok(e) {
            "," | "(" => true,
            "-" => {
                let rest: Vec<usize> = (e + 1..c.n())
                    .take_while(|&k| !line_start(k))
                    .filter(|&k| c.shape(k).alpha)
                    .take(4)
                    .collect();
                // Words with no lower-case letter ("MILAN'S", "V", "S.")
                // belong to a headline in capitals too.
                rest.iter()
                    .any(|&k| c.view.tok_orig(k).chars().any(char::is_lowercase))
            }
            _ => false,
        };
        if ok {
            c.emit(r, i, e, r.confidence, out);
            return;
        }
    }
}

fn place_heads(c: &Ctx<'_, '_>) -> &'static cues::CueList {
    c.by_lang(&cues::PLACE_HEADS_ID, &cues::PLACE_HEADS_EN)
}

/// Capitalized words, digits and nested PLACE/ORG mentions from `k`
/// inside the sentence; returns the exclusive end (trailing connectors
/// excluded).
fn place_run(c: &Ctx<'_, '_>, start: usize) -> usize {
    let send = c.sent_end.get(start).copied().unwrap_or(start);
    let mut k = start;
    let mut last = start;
    while k < send {
        if matches!(c.tok_label[k], Some(Label::Org) | Some(Label::Place))
            && c.tok_mention_end[k] > k
        {
            k = c.tok_mention_end[k];
            last = k;
            continue;
        }
        if c.tok_label[k].is_some() {
            break;
        }
        let sh = c.shape(k);
        if sh.cap && sh.alpha && !c.never_name(k) {
            k += 1;
            last = k;
            continue;
        }
        // "Jl. Veteran": the abbreviation's dot.
        if k == start && c.tok(k) == "." {
            k += 1;
            last = k.min(start);
            continue;
        }
        if sh.digit && !sh.alpha && k > start && last == k {
            k += 1;
            last = k;
            continue;
        }
        if k > start
            && matches!(c.tok(k), "-" | "dan")
            && k + 1 < send
            && c.shape(k + 1).cap
            && last == k
        {
            k += 1;
            continue;
        }
        break;
    }
    last
}

fn place_head(c: &Ctx<'_, '_>, r: &super::Rule, out: &mut Vec<Cand>) {
    let list = place_heads(c);
    let mut next = 0;
    for &i in &c.caps {
        if i < next {
            continue;
        }
        let m = c.word_in(i, list);
        if m == 0 || !c.shape(i).cap || c.tok_label[i].is_some() {
            continue;
        }
        let mut k = i + m;
        if k < c.n() && c.tok(k) == "." && !c.view.tokens[k].shape.space_before {
            k += 1;
        }
        let e = place_run(c, k);
        if e > k {
            c.emit(r, i, e, r.confidence, out);
            next = e;
        }
    }
}

fn place_tail(c: &Ctx<'_, '_>, r: &super::Rule, out: &mut Vec<Cand>) {
    for &t in &c.caps {
        if t == 0 || c.word_in(t, &cues::PLACE_TAILS_EN) == 0 || c.tok_label[t].is_some() {
            continue;
        }
        // A tail word before a capitalized word is a name's first word
        // ("Korea Selatan | Park Min-jae"), not the end of a place.
        if t + 1 < c.sent_end[t] && c.shape(t + 1).cap && c.shape(t + 1).alpha {
            continue;
        }
        // "Kelderman Center for Policy Research" is an organization.
        if t + 1 < c.sent_end[t] && c.tok(t + 1) == "for" {
            continue;
        }
        let mut s = t;
        while s > c.sent_start[t] {
            let p = s - 1;
            let sh = c.shape(p);
            let ok = matches!(
                c.tok_label[p],
                Some(Label::Place) | Some(Label::Org) | Some(Label::Person)
            ) || (c.tok_label[p].is_none() && sh.cap && sh.alpha && !c.never_name(p));
            if ok {
                s = p;
            } else if c.tok(p) == "."
                && p > c.sent_start[t]
                && !c.view.tokens[p].shape.space_before
                && c.shape(p - 1).cap
                && c.tok(p - 1).len() == 1
            {
                // An initial inside the name ("Marla F. Kelderman Center").
                s = p - 1;
            } else if c.tok(p) == "&" && p > c.sent_start[t] && s < t && {
                // "Kelderton Aviation & Space Museum"
                let q = c.shape(p - 1);
                q.cap && q.alpha && c.tok_label[p - 1].is_none()
            } {
                s = p - 1;
            } else {
                break;
            }
        }
        if s == t || (s == c.sent_start[t] && t - s < 2 && c.is_common(s)) {
            continue;
        }
        c.emit(r, s, t + 1, r.confidence, out);
    }
}

fn place_direction(c: &Ctx<'_, '_>, r: &super::Rule, out: &mut Vec<Cand>) {
    for i in 0..c.n() {
        if c.tok_label[i] != Some(Label::Place) || c.tok_mention_end[i] <= i {
            continue;
        }
        let e = c.tok_mention_end[i];
        // "Jakarta Selatan"
        if c.lang == Lang::Id && e < c.sent_end[i] && c.shape(e).cap && c.tok_label[e].is_none() {
            let d = c.word_in(e, &cues::DIRECTIONS_ID);
            if d > 0 && (e + 1..e + d).all(|k| c.shape(k).cap) {
                c.emit(r, i, e + d, r.confidence, out);
                continue;
            }
        }
        // "Brookvale East", "Kelderton North": a district or constituency
        // named by a direction after its place (not before a further
        // capitalized word: "Brookvale East Asia Bank").
        if c.lang == Lang::En
            && e < c.sent_end[i]
            && c.tok_label[e].is_none()
            && c.shape(e).cap
            && matches!(c.tok(e), "east" | "west" | "north" | "south")
            && !(e + 1 < c.sent_end[i] && c.shape(e + 1).cap)
        {
            c.emit(r, i, e + 1, r.confidence, out);
            continue;
        }
        // "South Jakarta"
        if i > c.sent_start[i]
            && c.shape(i - 1).cap
            && c.tok_label[i - 1].is_none()
            && c.is_in(i - 1, &cues::DIRECTIONS_EN)
        {
            c.emit(r, i - 1, e, r.confidence, out);
        }
    }
}

fn lone_given(c: &Ctx<'_, '_>, r: &super::Rule, out: &mut Vec<Cand>) {
    for &i in &c.caps {
        if c.lexf[i] & lex::GIVEN == 0
            || !c.is_name_word(i)
            || c.is_common(i)
            || c.tok_label[i].is_some()
            || !c.name_token(i)
            || c.shape(i).all_caps
            || c.shape(i).hyphen
        {
            continue;
        }
        let capital = |k: usize| c.shape(k).cap && c.shape(k).alpha;
        let alone = (i == c.sent_start[i] || !capital(i - 1))
            && (i + 1 >= c.sent_end[i] || !capital(i + 1));
        // "Brackton, Texas": a town followed by its state or country.
        let town = i + 2 < c.sent_end[i]
            && c.is_byte(i + 1, b',')
            && c.tok_label[i + 2] == Some(Label::Place);
        if alone && !town {
            c.emit(r, i, i + 1, r.confidence, out);
        }
    }
}

fn capitalized_run(c: &Ctx<'_, '_>, r: &super::Rule, out: &mut Vec<Cand>) {
    let plain = |k: usize| {
        c.name_token(k)
            && c.tok_label[k].is_none()
            && !c.shape(k).all_caps
            && c.tok(k).chars().nth(1).is_some()
            && (!c.is_common(k) || c.is_name_word(k))
            && c.word_in(k, heads(c)) == 0
            && c.word_in(k, place_heads(c)) == 0
    };
    let mut next = 0;
    for &i in &c.caps {
        if i < next {
            continue;
        }
        if !plain(i) || (i > 0 && c.name_token(i - 1) && c.sent_start[i] != i) {
            continue;
        }
        let mut e = i;
        while e < c.sent_end[i] && e < i + 3 && plain(e) {
            e += 1;
        }
        // The run must end the capitalized sequence.
        if e - i < 2 || (e < c.sent_end[i] && c.name_token(e)) {
            next = e.max(i + 1);
            continue;
        }
        if c.at_sentence_start(i) && c.is_common(i) {
            next = e;
            continue;
        }
        // "Reformist Paul Kelderman", "Pro-labour Wong Kit-sum": a
        // sentence-initial word no name list has, before a listed name
        // word, is no part of the name.
        let s = if c.at_sentence_start(i)
            && e - i >= 3
            && c.lexf[i] & (lex::GIVEN | lex::SURNAME) == 0
            && c.lexf[i + 1] & (lex::GIVEN | lex::SURNAME) != 0
        {
            i + 1
        } else {
            i
        };
        if c.name_score(s, e) >= 2 {
            c.emit(r, s, e, r.confidence, out);
        }
        next = e;
    }
}

/// Legal forms that end a company name (folded): "Tbk", "(Persero)", "Ltd", "Co".
pub(crate) const LEGAL_FORMS: &[&str] = &[
    "tbk",
    "persero",
    "ltd",
    "inc",
    "corp",
    "llc",
    "plc",
    "ag",
    "nv",
    "bv",
    "gmbh",
    "co",
    "sa",
    "limited",
    "incorporated",
    "spa",
    "bhd",
    "berhad",
    "pte",
    "oyj",
    "asa",
];

fn legal_suffix(c: &Ctx<'_, '_>, r: &super::Rule, out: &mut Vec<Cand>) {
    const SUFFIX: &[&str] = LEGAL_FORMS;
    // Organizations as the gazetteer or the head/tail rules see them.
    let mut starts: Vec<(usize, usize)> = Vec::new();
    for i in 0..c.n() {
        if c.tok_label[i] == Some(Label::Org) && c.tok_mention_end[i] > i {
            starts.push((i, c.tok_mention_end[i]));
        }
    }
    // A capitalized run right before the suffix also counts ("PT Semen
    // Wiratma Kencana Tbk", "Borrowdale Mining Ltd").
    for &i in c.caps.iter().filter(|&&i| i >= 1) {
        if c.tok_label[i].is_none() && SUFFIX.contains(&c.tok(i)) {
            // A run word: an organization, a place ("Singapore Airlines
            // Ltd") or a capitalized name word; "&" joins two of them
            // ("Douglas & Brackwood Co").
            let run_word = |k: usize| {
                matches!(c.tok_label[k], Some(Label::Org | Label::Place))
                    || (c.name_token(k) && (!c.is_common(k) || c.word_in(k, heads(c)) > 0))
            };
            let mut s = i;
            while s > c.sent_start[i] {
                if run_word(s - 1) {
                    s -= 1;
                } else if c.tok(s - 1) == "&" && s - 1 > c.sent_start[i] && s < i && run_word(s - 2)
                {
                    s -= 2;
                } else {
                    break;
                }
                if c.word_in(s, heads(c)) > 0 {
                    break;
                }
            }
            if s < i && !starts.iter().any(|&(a, b)| a <= s && b >= i) {
                starts.push((s, i));
            }
        }
    }
    for (s, e) in starts {
        let mut k = e;
        let mut end = e;
        while k < c.sent_end[s] {
            let t = c.tok(k);
            if SUFFIX.contains(&t) && c.shape(k).cap {
                k += 1;
                if k < c.n() && c.tok(k) == "." && !c.view.tokens[k].shape.space_before {
                    k += 1;
                }
                end = k;
            } else if t == "(" && k + 2 < c.n() && c.tok(k + 1) == "persero" && c.tok(k + 2) == ")"
            {
                k += 3;
                end = k;
            } else if t == ","
                && k + 1 < c.n()
                && SUFFIX.contains(&c.tok(k + 1))
                && c.shape(k + 1).cap
            {
                k += 1;
            } else {
                break;
            }
        }
        if end > e {
            c.emit(r, s, end, r.confidence, out);
        }
    }
}

fn cited_source(c: &Ctx<'_, '_>, r: &super::Rule, out: &mut Vec<Cand>) {
    for &i in &c.cued {
        let m = c.word_in(i, &cues::CITED_SOURCE);
        if m == 0 {
            continue;
        }
        let mut k = i + m;
        // "seperti dilansir dari", "dikutip dari laman"
        while k < c.sent_end[i]
            && matches!(
                c.tok(k),
                "dari" | "laman" | "situs" | "harian" | "media" | "from"
            )
        {
            k += 1;
        }
        if k >= c.sent_end[i] || !c.shape(k).cap {
            continue;
        }
        match c.tok_label[k] {
            // A one-word place name here is the outlet ("dilansir AS").
            Some(Label::Place) if c.tok_mention_end[k] == k + 1 => {
                c.emit(r, k, k + 1, r.confidence, out)
            }
            None => {
                let mut e = k;
                while e < c.sent_end[k]
                    && e < k + 3
                    && c.tok_label[e].is_none()
                    && c.shape(e).cap
                    && (c.shape(e).alpha || c.shape(e).digit)
                {
                    e += 1;
                }
                // Not a person: persons are the speech rules' business.
                if e > k && !(k..e).any(|j| c.is_name_word(j) && c.lexf[j] & lex::GIVEN != 0) {
                    c.emit(r, k, e, r.confidence, out);
                }
            }
            _ => {}
        }
    }
}

fn initials_surname(c: &Ctx<'_, '_>, r: &super::Rule, out: &mut Vec<Cand>) {
    let n = c.n();
    let is_initial = |k: usize| {
        k + 1 < n
            && c.tok_label[k].is_none()
            && c.shape(k).cap
            && c.tok(k).chars().count() == 1
            && c.tok(k + 1) == "."
            && !c.view.tokens[k + 1].shape.space_before
    };
    let mut next = 0;
    for &i in &c.caps {
        if i < next {
            continue;
        }
        if !is_initial(i) || (i > 0 && c.tok(i - 1) == "." && !c.view.tokens[i].shape.space_before)
        {
            continue;
        }
        let mut k = i;
        while is_initial(k) {
            k += 2;
        }
        let name = k < n
            && c.name_token(k)
            && !c.shape(k).all_caps
            && c.tok(k).chars().count() >= 2
            && !c.is_common(k);
        if name {
            let e = if k + 1 < n
                && c.name_token(k + 1)
                && !c.is_common(k + 1)
                && !c.shape(k + 1).all_caps
            {
                k + 2
            } else {
                k + 1
            };
            c.emit(r, i, e, r.confidence, out);
            next = e;
        } else {
            next = k.max(i + 1);
        }
    }
}

fn score_line(c: &Ctx<'_, '_>, r: &super::Rule, out: &mut Vec<Cand>) {
    let number = |k: usize| c.shape(k).digit && !c.shape(k).alpha;
    // A score or a points total: "4", "42", "2-1"; not bowling figures
    // ("8-0-39-3"), decimals ("63.02") or dates.
    let score = |k: usize| {
        let w = c.tok(k);
        let mut parts = w.split('-');
        let ok = |p: Option<&str>| {
            p.is_some_and(|p| {
                !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit())
            })
        };
        ok(parts.next())
            && match parts.next() {
                None => true,
                Some(p) => ok(Some(p)) && parts.next().is_none(),
            }
    };
    let name_word = |k: usize| {
        let sh = c.shape(k);
        sh.cap && sh.alpha && !sh.digit && c.tok(k).chars().count() >= 2
    };
    // Lower-case words inside team names ("Queen of the South", "Racing
    // de Santander"). Not `cues::NAME_PARTICLES`: its "di" is Indonesian
    // "at" in a title-case headline with numbers ("Harga Gabah Turun di
    // Bawah Rp 5.000").
    let particle = |k: usize| {
        !c.shape(k).cap
            && matches!(
                c.tok(k),
                "of" | "the" | "de" | "del" | "la" | "van" | "von" | "da" | "do"
            )
    };
    for range in &c.view.sentences {
        let (s, e) = (range.start, range.end);
        // A results or standings line: at least two numbers, no
        // lower-case words except name particles.
        if (s..e).filter(|&k| number(k)).count() < 2
            || (s..e).any(|k| c.shape(k).alpha && !c.shape(k).cap && !particle(k))
        {
            continue;
        }
        // Headlines in capitals ("KELDERLAND HOST 2031 WORLD CUP") are no
        // tables of teams.
        let headline = (s..e).filter(|&k| c.shape(k).all_caps).count() >= 3;
        let mut i = s;
        while i < e {
            if !name_word(i) {
                i += 1;
                continue;
            }
            // The whole capitalized run, particles inside it.
            let mut k = i + 1;
            loop {
                let mut p = k;
                while p < e && particle(p) {
                    p += 1;
                }
                if p < e && name_word(p) {
                    k = p + 1;
                } else {
                    break;
                }
            }
            // Players, not teams: after an initial ("W. Pellingham 111") or in
            // brackets ("Sussex 363 (Pellingham 111)"); a known given name
            // before an uncommon word ("Colin Dunmarrow 69 70").
            let after_initial = i >= 2 && c.tok(i - 1) == "." && c.tok(i - 2).chars().count() == 1;
            let bracketed = (s..i)
                .rev()
                .find(|&p| matches!(c.tok(p), "(" | ")"))
                .is_some_and(|p| c.tok(p) == "(");
            let person =
                (2..=3).contains(&(k - i)) && c.lexf[i] & lex::GIVEN != 0 && !c.is_common(k - 1);
            // A lone common word ("Total 15 20") is no team.
            let common = k - i == 1 && c.is_common(i) && !c.is_name_word(i);
            let caps = (i..k).any(|p| c.shape(p).all_caps);
            // An address ("Jl Cempaka Wangi Raya No 5") is no team.
            let address = (i..k).any(|p| c.word_in(p, place_heads(c)) > 0)
                || matches!(
                    c.tok(k - 1),
                    "no" | "nomor" | "blok" | "kav" | "lt" | "km" | "rt" | "rw"
                );
            if k < e
                && !address
                && score(k)
                && !after_initial
                && !bracketed
                && !person
                && !common
                && !(caps && headline)
            {
                c.emit(r, i, k, r.confidence, out);
            }
            i = k;
        }
    }
}

fn name_country(c: &Ctx<'_, '_>, r: &super::Rule, out: &mut Vec<Cand>) {
    let n = c.n();
    for b in 1..n.saturating_sub(2) {
        // "( Country )" right after a name
        if c.tok_label[b + 1] != Some(Label::Place) || !c.is_byte(b, b'(') {
            continue;
        }
        let pe = c.tok_mention_end[b + 1];
        if pe <= b + 1 || pe >= n || c.tok(pe) != ")" {
            continue;
        }
        let mut s = b;
        while s > c.sent_start[b]
            && b - s < 4
            && c.name_token(s - 1)
            && c.tok_label[s - 1].is_none()
        {
            s -= 1;
        }
        if b - s >= 2 && c.name_score(s, b) >= -1 {
            c.emit(r, s, b, r.confidence, out);
        }
    }
}
