#!/usr/bin/env python3
"""Convert GUM news (CoNLL-U with CorefUD `Entity=` annotations) into
CoNLL-2003-style token-per-line files with IOB2 PER/ORG/LOC tags, so
`examples/evaluate.rs` can score warta on English Wikinews.

    python3 tools/gum-to-conll.py ../shared/eval-data/en-gum-news/dep > /tmp/gum-news.conll

GUM annotates every mention (names, nominals, pronouns, nested). A CoNLL
named entity is approximated as follows (a measuring aid, run by hand; the
output is not part of the repository):

- each run of proper nouns (XPOS NNP/NNPS; UPOS tags "United" of "United
  States" as a verb) inside a mention of type person, organization or place
  is a name of that type, with connectors between proper nouns ("Friends
  of the Kelderton Library") and without the mention's other words ("the
  United Nations" -> "United Nations", "English defender Rudy Kelderman" ->
  "Rudy Kelderman");
- the tokens of a mention nested inside belong to the nested mention
  ("Marla Stone of the Harbour Party" -> PER "Marla Stone", ORG "Harbour Party"),
  except that a place or organization name absorbs nested names ("University
  of Oxford" is one ORG);
- a person name starts after its last title word ("U.S. President Rudy
  Kelderman" -> "Rudy Kelderman"), as CoNLL leaves titles outside PER; bare
  titles and plural groups ("Afghans") are dropped;
- an organization mention whose Wikification identity is also used for a
  place ("Kelderland fired ...": the country as an agent) is LOC, as in
  CoNLL, and so is a national team ("Sweden_national_football_team"), as
  CoNLL-2003 tags "Germany" or "England" in match reports;
- only outermost spans are kept (CoNLL does not nest);
- a hyphen written without spaces ("Kit-sum", SpaceAfter=No on both
  sides) is joined with its neighbours into one token, as in the original
  text.

Because of these conventions the lenient (overlap) scores are the more
robust figure; strict scores also measure the span convention.
"""

import os
import re
import sys

TYPES = {"person": "PER", "organization": "ORG", "place": "LOC"}
TITLES = {
    "president", "vice", "prime", "minister", "secretary", "general", "senator", "sen.",
    "governor", "gov.", "mayor", "king", "queen", "prince", "princess", "pope", "judge",
    "justice", "chief", "mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "sir", "lord",
    "rep.", "representative", "chancellor", "ambassador", "commissioner", "director",
    "chairman", "captain", "colonel", "lieutenant", "sergeant", "admiral", "former",
    "saint", "st.", "professor", "prof.", "bishop", "archbishop", "cardinal", "father",
    "coach", "officer", "detective", "inspector", "superintendent",
}


def sentences(path):
    sent = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                if sent:
                    yield sent
                sent = []
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue
            sent.append(cols)
    if sent:
        yield sent


def mentions(sent):
    """(start, end, etype, identity) token ranges, end exclusive."""
    out, open_ = [], {}
    for i, cols in enumerate(sent):
        misc = cols[9]
        m = re.search(r"(?:^|\|)Entity=([^|]*)", misc)
        if not m:
            continue
        s = m.group(1)
        pos = 0
        while pos < len(s):
            if s[pos] == "(":
                j = pos + 1
                while j < len(s) and s[j] not in "()":
                    j += 1
                body = s[pos + 1:j]
                fields = body.split("-")
                gid = fields[0]
                etype = fields[1] if len(fields) > 1 else ""
                identity = fields[7] if len(fields) > 7 else ""
                if j < len(s) and s[j] == ")":
                    out.append((i, i + 1, etype, identity))
                    pos = j + 1
                else:
                    open_.setdefault(gid, []).append((i, etype, identity))
                    pos = j
            elif s[pos].isdigit():
                j = pos
                while j < len(s) and s[j].isdigit():
                    j += 1
                gid = s[pos:j]
                if j < len(s) and s[j] == ")" and open_.get(gid):
                    st, etype, identity = open_[gid].pop()
                    out.append((st, i + 1, etype, identity))
                pos = j + 1
            else:
                pos += 1
    return out


CONNECTORS = {"of", "the", "and", "&", "for", "de", "-", "on", "du", "la"}


def proper(cols):
    return cols[4] in ("NNP", "NNPS")


def named_spans(sent, places):
    spans = []
    ms = mentions(sent)
    for s, e, etype, identity in ms:
        if etype not in TYPES:
            continue
        lab = TYPES[etype]
        # GUM types a country acting as an agent ("Kelderland fired") as an
        # organization; CoNLL keeps it LOC. The same holds for a national
        # team named by its country ("Sweden_national_football_team"):
        # CoNLL-2003 tags "Germany", "England" in match reports as LOC.
        national_team = re.search(r"_national_.*team$", identity or "")
        if lab == "ORG" and identity and (identity in places or national_team):
            lab = "LOC"
        # Tokens of names nested in this mention belong to those names
        # ("Marla Stone of [the Harbour Party]"), except that a place or
        # organization name contains other names ("University of Oxford").
        own = [True] * (e - s)
        for s2, e2, _t, _i in ms:
            if s <= s2 and e2 <= e and (s2, e2) != (s, e):
                name_only = all(
                    proper(sent[k]) or sent[k][1].lower() in CONNECTORS for k in range(s2, e2)
                )
                if lab == "PER" or not name_only:
                    for k in range(s2, e2):
                        own[k - s] = False
        k = s
        while k < e:
            if not (own[k - s] and proper(sent[k])):
                k += 1
                continue
            a, b = k, k + 1
            while True:
                if b < e and own[b - s] and proper(sent[b]):
                    b += 1
                    continue
                # Connectors between proper nouns belong to the name.
                j = b
                while j < e and own[j - s] and sent[j][1].lower() in CONNECTORS:
                    j += 1
                if j < e and j > b and own[j - s] and proper(sent[j]):
                    b = j + 1
                    continue
                break
            k = b
            if lab == "PER":
                # "U.S. President Rudy Kelderman" -> "Rudy Kelderman"; a bare
                # title or a group ("Afghans") is no CoNLL person name.
                titles = [t for t in range(a, b) if sent[t][1].lower() in TITLES]
                if titles:
                    a = titles[-1] + 1
                if a >= b or (b - a == 1 and sent[a][4] == "NNPS"):
                    continue
            spans.append((a, b, lab))
    # Outermost only; between equal spans the first listed wins.
    spans.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    kept = []
    for sp in spans:
        if kept and sp[0] < kept[-1][1]:
            continue
        kept.append(sp)
    return kept


def join_hyphens(sent, tags):
    """Tokens with their tags, a hyphen written without spaces in the
    original text joined with its neighbours into one token ("Wong
    Kit-sum", "pro-reform"), as the Wikinews text has them. The joined
    token keeps the first word's tag, or opens the second word's entity."""
    toks = []
    i = 0
    while i < len(sent):
        word, tag = sent[i][1], tags[i]
        while (
            i + 2 < len(sent)
            and sent[i + 1][1] == "-"
            and "SpaceAfter=No" in sent[i][9]
            and "SpaceAfter=No" in sent[i + 1][9]
        ):
            nxt = tags[i + 2]
            if tag == "O" and nxt != "O":
                tag = "B-" + nxt[2:]
            word += "-" + sent[i + 2][1]
            i += 2
        toks.append((word, tag))
        i += 1
    return toks


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: gum-to-conll.py DIR_WITH_GUM_news_*.conllu")
    d = sys.argv[1]
    files = sorted(f for f in os.listdir(d) if f.startswith("GUM_news_") and f.endswith(".conllu"))
    if not files:
        sys.exit(f"no GUM_news_*.conllu files in {d}")
    places = set()
    for f in files:
        for sent in sentences(os.path.join(d, f)):
            places.update(i for _, _, t, i in mentions(sent) if t == "place" and i)
    out = sys.stdout
    for f in files:
        out.write("-DOCSTART- O\n\n")
        for sent in sentences(os.path.join(d, f)):
            tags = ["O"] * len(sent)
            for a, b, lab in named_spans(sent, places):
                tags[a] = "B-" + lab
                for k in range(a + 1, b):
                    tags[k] = "I-" + lab
            for word, t in join_hyphens(sent, tags):
                out.write(f"{word} {t}\n")
            out.write("\n")


if __name__ == "__main__":
    main()
