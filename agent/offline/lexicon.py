"""Word classes the offline reader recognises, as compiled patterns.

Classes are built from the rubric's concepts (who acts, what kind of act, what a number
measures), with inflections and synonyms, not from the wording of any labelled transcript.
"""

from __future__ import annotations

import re

from agent.offline import prefilter


def words(*alternatives: str) -> str:
    """A non-capturing alternation of regex fragments, bounded as whole words."""
    return r"\b(?:" + "|".join(alternatives) + r")\b"


def rx(pattern: str) -> re.Pattern[str]:
    """Patterns run on lower-cased text, so they are compiled lower-case and case-sensitive (faster)."""
    if re.search(r"\\[A-Z]", pattern):
        raise ValueError("upper-case escapes would change meaning when lower-cased")
    return prefilter.register(re.compile(pattern.lower()))


# --- who acts -------------------------------------------------------------------------------

# The last subject before a verb decides who did it. "I" is matched case-sensitively so that
# the article-free "i" of hurried typing still counts but words like "i.e." do not.
SUBJECT = re.compile(
    r"(?P<i>\bI\b(?!\.e)|(?<![\w'])i(?=\s)|\bI['’](?:d|ve|m|ll)\b|\bmyself\b)"
    r"|(?P<we>\b(?:[Ww]e|[Ww]e['’](?:d|ve|re|ll)|[Oo]ur (?:team|group|squad)|[Tt]he team|[Uu]s)\b)"
    r"|(?P<other>\b(?:[Hh]e|[Ss]he|[Tt]hey|[Tt]hey['’](?:d|ve|re)"
    r"|(?:[Mm]y|[Oo]ur|[Tt]he) (?:manager|boss|lead|tech lead|team lead|director|VP|vp|CTO|cto|head of \w+"
    r"|PM|pm|product manager|product owner|architect|principal|senior|staff engineer|mentor|supervisor"
    r"|client|customer|stakeholders?|leadership|management|business|data team|platform team|ops team"
    r"|SRE team|sre team|infra team|infrastructure team|other team|analytics team|product team|\w+ team)"
    r"|[Mm]anagement|[Ll]eadership|[Ss]omeone|[Ss]omebody|[Nn]obody"
    r"|[A-Z][a-z]+ (?:from|on|in) (?:the |our )?\w+)\b)"
)

PASSIVE_ACT = rx(
    r"\b(?:was|were|been|got|get|being)\s+(?:\w+ly\s+)?(?:decided|chosen|agreed|picked|selected|approved"
    r"|mandated|assigned|handed|given|told|asked|instructed|set|defined|dictated|prescribed)\b"
)

# --- kinds of act ---------------------------------------------------------------------------

DECIDE = rx(
    words(
        r"decid(?:e|ed|ing)",
        r"chose|choose|chosen|choosing|opted",
        r"propos(?:e|ed|ing)",
        r"push(?:ed|ing)? (?:for|back|hard|to|the)",
        r"argu(?:e|ed|ing) (?:for|that|against|we)",
        r"insist(?:ed|ing)?",
        r"recommend(?:ed|ing)?",
        r"suggest(?:ed|ing)?",
        r"pitch(?:ed|ing)?",
        r"champion(?:ed|ing)?",
        r"advocat(?:e|ed|ing)",
        r"initiat(?:e|ed|ing)",
        r"spearhead(?:ed|ing)?",
        r"(?:led|lead|leading) (?:the|a|an|this|that|our|my|design|development|effort|work|project|migration|rewrite)",
        r"dr(?:ove|ive|iving) (?:the|this|a|it)",
        r"steer(?:ed|ing)?",
        r"made (?:the|a|that|this) (?:call|decision|case|choice)",
        r"set (?:the )?(?:direction|target|goal|scope|threshold|priorit(?:y|ies)|bar)",
        r"scop(?:ed|ing) (?:the|it|down|out)",
        r"prioriti[sz](?:e|ed|ing)",
        r"redefin(?:e|ed|ing)|refram(?:e|ed|ing)|reshap(?:e|ed|ing)",
        r"(?:co-?)?found(?:ed|ing) (?:the|a|my|our|it)|start(?:ed)? (?:it|the company|a company|my company|the business|a business)",
        r"veto(?:ed)?",
        r"kill(?:ed)? (?:the|it|that|off)",
        r"switch(?:ed)? (?:to|from|us)",
        r"went with|go with|settled on",
        r"came up with",
        r"design(?:ed)? (?:the|a|an|our|my) (?:[\w-]+ ){0,2}?(?:approach|system|architecture|pipeline|experiment|metric|rollout|plan"
        r"|solution|strategy|test|detection|workflow|flow|process|schema|service|evaluation|study)",
        r"architect(?:ed)?",
        r"convinc(?:e|ed|ing)|persuad(?:e|ed|ing)",
        r"(?:own|owned|owning) (?:the|it|this|that|end)",
        r"figured (?:we|out that we) should",
        r"(?:thought|felt|believed) (?:we|it) (?:should|had to|needed)",
        r"(?:was|became|got) (?:\w+ )?(?:convinced|adamant|fanatical|determined|dead set)(?: that)? (?:we|it) (?:should|had to|needed|must)",
        r"(?:took|take|taking|taken) (?:the )?lead (?:on|in|for|with)",
        # Deciding told as self-talk: "I was like, okay, let me model it with...", "I said, we'll do X".
        r"(?:was like|said|thought|told myself),? (?:[\w']+,? ){0,3}?(?:let me|let['’]s|i['’]ll|i['’]m (?:going to|gonna)|we should|we['’]ll|we need to)",
        r"took (?:the|that) (?:decision|call|risk)",
        r"(?:stopped|paused|blocked|delayed|dropped) (?:the|it|that) (?:launch|rollout|project|idea|approach)",
        r"overrul(?:e|ed)",
        r"introduc(?:e|ed)",
        r"start(?:ed)? (?:the|a|this) (?:project|initiative|effort)",
        r"grew (?:the|a|an|our|my) (?:[\w-]+ ){0,2}(?:team|group|org|organi[sz]ation|function)",
        r"ran with (?:it|the idea|that idea|this idea)",
        # A choice told by its manner: "I devised", "I pivoted", "I deliberately kept it small".
        r"devis(?:e|ed|ing)|pivot(?:ed|ted|ing|ting)?",
        r"(?:intentionally|deliberately|consciously|purposely|on purpose) (?:kept|chose|left|made|used|built|limited|avoided|went|set|started|picked|designed|did)",
    )
)

# Choices of design told as acts ("made my CV mimic", "only accepted", "replaced X with Y"): in a
# story worked on alone, the candidate's own decisions.
OWN_DESIGN = rx(
    r"\b(?:made (?:it|my|the|our) (?:[\w-]+ ){0,3}?(?:so|to|mimic|match|resemble)|only (?:accepted|kept|used|allowed|trusted)"
    r"|select(?:ed)? (?:the|a|my|only|something)|replac(?:ed|ing) (?:the |my |our |a )?[\w-]+(?: [\w-]+)? with|swapp(?:ed|ing) (?:out|in)"
    r"|revamp(?:ed|ing)|redesign(?:ed|ing)|restructur(?:ed|ing)|rewr(?:ote|iting) (?:the|my|it)|grew (?:the|a|our|my) (?:team|group)"
    r"|set (?:it|things|everything) up (?:so|to)|structured (?:the|it|my)|(?:went|stuck) (?:for|with) (?:a |the |my )?(?:simpler|smaller|single|plain))\b"
)
MY_DECISION = rx(
    r"\b(?:my|mine)\s+(?:own\s+)?(?:call|decision|proposal|idea|recommendation|suggestion|push|design|plan|"
    r"initiative|argument|choice|approach|bet|hypothesis|pitch)\b(?!['’]s)"
    r"|\b(?:the|that|this|final) (?:call|decision|choice) (?:was|were) mine\b"
    r"|\b(?:at|on) my (?:suggestion|recommendation|insistence|request|proposal|urging)\b"
    r"|\bit was (?:my|me) who\b|\bi was the one (?:who|that)\b"
)

# Someone else's call after all: a claim of deciding that the candidate takes back.
NOT_MY_CALL = rx(
    r"\b(?:really|actually|in the end|ultimately) (?:\w+['’]s|his|her|their) (?:call|decision|idea|design)\b"
    r"|\b(?:he|she|they|my (?:manager|lead|boss|principal|director|pm)|the (?:lead|manager|principal|architect)) (?:had )?(?:decided|chose|made|set|designed) (?:everything|all|the (?:architecture|design|approach|calls?|decisions?|plan))"
    r"|\bi (?:just|only|basically|mostly) (?:implemented|built|did|followed|executed|coded|wrote) (?:what|the (?:plan|design|spec))"
    r"|\b(?:wasn['’]?t|was not|isn['’]?t|not) (?:really )?(?:my|mine) (?:call|decision|idea|to (?:decide|make))|\bsigned off by (?:my|the) (?:lead|manager|boss)"
)
ALIGN = rx(
    words(
        r"convinc(?:e|ed|ing)",
        r"persuad(?:e|ed|ing)",
        r"align(?:ed|ing)? (?:with|the|on|everyone|both|all)",
        r"(?:got|get|getting|won|secured) (?:buy-?in|sign-?off|agreement|approval|alignment|them on board)",
        r"brought (?:\w+ ){0,3}(?:on ?board|along|in|together)",
        r"negotiat(?:e|ed|ing)",
        r"won (?:\w+ ){0,2}over",
        r"talked (?:\w+ ){0,3}(?:into|round|around)",
        r"sold (?:the|it|them|this|my)",
        r"rall(?:y|ied)",
        r"worked with (?:\w+ ){0,4}to (?:agree|define|settle|redefine|set|change)",
        r"(?:ran|held|organi[sz]ed|led) (?:a |an |the )?(?:workshop|review|design review|meeting|session|working group|offsite)s?",
        r"walked (?:\w+ ){0,3}through",
        r"present(?:ed|ing)? (?:\w+ ){0,4}to (?:the |our )?(?:leadership|vp|director|execs?|executives|product|ops|legal|board|stakeholders|teams?|\w+ team)",
        r"partner(?:ed|ing) with",
        r"coordinat(?:e|ed|ing) (?:with|across|between)",
        r"mentor(?:ed|ing)?",
        r"hired",
        r"managed (?:a |the )?(?:team|people|engineers)",
        r"went (?:back )?to (?:the |our |their |my )?(?:\w+ ){0,3}(?:lead|head|manager|director|team|pm|partner|owner|vp|group)s?",
        r"got (?:the |our |their |both |all )?(?:[\w-]+ ){1,5}to (?:agree|give|share|sign|adopt|change|use|accept|open|move|commit|fund|approve|back|support|join|expose|prioriti[sz]e)",
        r"(?:sat|met) (?:down )?with",
        r"took (?:it|this|that|the \w+|my \w+) (?:\w+ ){0,2}to (?:the |our |their )?",
        r"(?:spent|spend) (?:\w+ ){0,3}(?:time|weeks|days|a month|months) with",
        r"borrowed",
        r"signed (?:off|up)",
        r"(?:and|but) (?:the |our |their )?(?:\w+ ){0,4}agreed",
        r"(?:made|making|make) (?:the|a|my|our) case (?:\w+ ){0,4}to",
        r"(?:the|a|my) (?:plan|proposal|case|idea|numbers?|design) i (?:took|brought|pitched|presented) to",
    )
)

OTHER_PARTY = rx(
    words(
        r"product(?: managers?| team| folks| owners?| side)?",
        r"pms?",
        r"ops|operations",
        r"legal|compliance|risk(?: team)?|audit(?:ors)?|regulators?",
        r"finance|sales|marketing|support|customer service|underwriters?|underwriting",
        r"leadership|execs?|executives|vp|director|cto|ceo",
        r"clinicians?|doctors?|radiologists?|nurses|physicians|pharmacists",
        r"analysts?|agents?|reviewers?|moderators?|investigators?|dispatchers?|planners?|merchandisers?",
        r"(?:\w+ ){0,2}teams?",
        r"engineers?",
        r"partners?|vendors?|client|customers?",
        r"data (?:engineering|science|platform)",
        r"sre|infra(?:structure)?|platform",
        r"security|privacy|trust and safety",
        r"heads? of \w+|chief \w+|c[efmorst]o|counsel|(?:\w+ )?managers?|(?:\w+ )?leads?|committee|board|advis[eo]rs?|owners?",
    )
)

SCOPE = rx(
    r"\bI (?:was|am|became|ended up as|acted as|joined as|worked as) (?:the |a |an )?(?:\w+ )?(?:tech(?:nical)? lead|lead|owner|dri|responsible|accountable"
    r"|project lead|point person|main engineer|sole engineer|only (?:ml |data )?(?:engineer|person|scientist|data scientist)|in charge|staff engineer|principal|head|manager)\b"
    r"|\bI['’]m (?:the |a |an )?(?:\w+ )?(?:tech lead|lead|staff engineer|principal|head of|manager)\b|\bas (?:the|a) (?:\w+ )?(?:tech lead|lead|staff engineer|principal engineer|owner|head)\b"
    r"|\bI (?:owned|own|was owning|took ownership of|led|lead|managed|ran|run|headed|supervised) (?!a bit|some)\w+"
    # Told in shorthand, the subject dropped: "Owned it about two years."
    r"|^(?:owned|led|ran|headed|managed) (?:it|the|this|that)\b"
    r"|\bmy (?:responsibility|remit|scope|role|team) (?:was|is|covered|included|as|of)\b|\b(?:all|everything|the whole \w+)(?: \w+)? (?:part )?was mine\b"
    r"|\bresponsible for\b|\baccountable for\b|\bfrom scratch\b"
    r"|\b(?:team|group) of (?:\d+|two|three|four|five|six|seven|eight|nine|ten)\b.{0,30}\b(?:I|reporting to me)\b"
    r"|\bI (?:was|am) (?:the )?(?:only|sole|single) \w+",
)
# Leading named as the candidate's role: the rubric's 2 is a choice proposed, led or decided, and
# whoever led a project or team set its direction ("I ran the rebuild as its lead engineer").
LEAD_ROLE = rx(
    r"\bi (?:was|am|became|served as|acted as|worked as)(?: the| a| an)? (?:[\w-]+ )?(?:tech(?:nical)? lead|team lead|project lead"
    r"|lead (?:engineer|data scientist|scientist|developer|researcher)|project manager)\b"
    r"|\bi['’]m (?:the |a )?(?:[\w-]+ )?(?:tech(?:nical)? lead|team lead|project lead)\b"
)
EXECUTE = rx(
    words(
        r"wrote|write|writing|written",
        r"implement(?:ed|ing)?",
        r"cod(?:ed|ing)",
        r"buil[td]|building",
        r"train(?:ed|ing)?",
        r"tun(?:e|ed|ing)|fine-?tun(?:e|ed|ing)",
        r"ran|run|running",
        r"clean(?:ed|ing)?",
        r"label(?:l)?(?:ed|ing)?",
        r"deploy(?:ed|ing)?",
        r"test(?:ed|ing)?",
        r"set up|setup",
        r"wir(?:ed|ing)",
        r"migrat(?:e|ed|ing)",
        r"refactor(?:ed|ing)?",
        r"debug(?:ged|ging)?",
        r"fix(?:ed|ing)?",
        r"analy[sz](?:e|ed|ing)",
        r"quer(?:y|ied)",
        r"collect(?:ed|ing)?",
        r"preprocess(?:ed|ing)?",
        r"develop(?:ed|ing)?",
        r"creat(?:e|ed|ing)",
        r"add(?:ed|ing)?",
        r"engineer(?:ed)?",
        r"integrat(?:e|ed|ing)",
        r"evaluat(?:e|ed|ing)",
        r"benchmark(?:ed|ing)?",
        r"prepar(?:e|ed|ing)",
        r"handl(?:e|ed|ing)",
        r"worked on|work on|working on",
        r"help(?:ed|ing)?",
        r"made|make|did|do",
        r"experiment(?:ed|ing)?",
        r"tried|try",
        r"extract(?:ed|ing)?",
        r"optimi[sz](?:e|ed|ing)",
        r"containeri[sz](?:e|ed)|dockeri[sz](?:e|ed)",
        r"productioni[sz](?:e|ed)",
        r"ported|packag(?:e|ed)",
        r"computed|calculated|generated|scraped|annotated|plotted",
        r"used|use|using|applied",
    )
)

ASSIGNED = rx(
    r"\b(?:I|we) (?:was|were|got) (?:\w+ )?(?:asked|told|tasked|assigned|given|handed|instructed|brought in|hired)\b"
    r"|\b(?:my|our|the) (?:\w+ )?(?:manager|boss|lead|tech lead|team lead|director|pm|product manager|client|vp|cto|ceo|coo|cfo|founder|cofounder|co-founder|supervisor|professor|advisor|group leader|team leader|pi|head of \w+|board)"
    r",?(?: [\w,]+){0,3} (?:asked|asks|told|gave|give|gives|wanted|assigned|handed|needed|requested|tasked|decided|chose|said|had decided|came to me)\b"
    r"|\b(?:handed|gave|assigned) (?:\w+ ){0,2}to me\b|\blanded on my desk\b|\bwas handed (?:to )?me\b"
    r"|\b(?:management|leadership|the business|business|product|stakeholders|the client|execs|my team|the team) (?:\w+ )?(?:wanted|asked|needed|requested|came to)\b"
    r"|\bthe (?:goal|objective|aim|mission|task|idea|mandate|remit) (?:was|is) (?:to|basically)\b"
    r"|\b(?:a |the |my )?(?:ticket|jira|assignment|requirement|request|okr|ask|brief)s? (?:was|were|said|came|from)\b"
    r"|\b(?:a |the |my )?tasks? (?:was|were) (?:handed|given|assigned|passed|sent)\b|\btasks? came\b|\bmy tasks? (?:from|was|were)\b"
    r"|\b(?:got|received|picked up) (?:a |the )?(?:ticket|task|jira|assignment|request)\b"
    r"|\bthey (?:wanted|needed|asked) (?:me|us|a|an)\b",
)

# --- polarity and mood ----------------------------------------------------------------------

NEGATION = rx(
    r"\b(?:not|never|no|none|nobody|nothing|neither|nor|without|hardly|barely|lack(?:ed|ing)?|zero"
    r"|cannot|can['’]?t|didn['’]?t|don['’]?t|doesn['’]?t|wasn['’]?t|weren['’]?t|haven['’]?t|hadn['’]?t"
    r"|isn['’]?t|aren['’]?t|won['’]?t|wouldn['’]?t|couldn['’]?t|shouldn['’]?t)\b(?! (?:only|just|bad|least)\b)"
)
CLAUSE_BREAK = re.compile(
    r"[,;:()]|\b(?:but|and then|although|though|however|whereas|so|because|until|before|after|which|while)\b|\s[-–—]\s",
)

HEDGE = rx(
    r"\b(?:i guess|maybe|perhaps|sort of|kind of|kinda|sorta|probably|i suppose|not sure|not really sure"
    r"|hopefully|might have|may have|i believe|i think maybe|possibly|more or less|i don['’]?t remember"
    r"|if i remember|i'?m not certain|or something|i assume|presumably|supposedly)\b"
)

GENERAL_ADVICE = rx(
    r"\b(?:normally|usually|typically|generally|in general|ideally|in theory|best practice)\b[^.]{0,60}\b(?:you|one|people|teams?)\b"
    # "you could see the error climb" is the narrator's impersonal seeing, not advice.
    r"|\b(?:you|one) (?:should|would|could(?!\s+(?:\w+ly\s+)?(?:see|tell|hear|spot|notice|watch)\b)|need to|have to|must|want to|always|ought)\b"
    r"|\byou['’](?:d|ll)\b|\bit['’]?s (?:always |usually )?(?:important|good|best|key) to\b"
    r"|\bif (?:i|we) had (?:had )?(?:more )?(?:time|budget|data|resources)\b"
    r"|\b(?:we|i) (?:would|could|might)(?: have|['’]ve) (?:\w+ed|done|built|set|run|caught|seen|made|put|kept|had)\b"
    r"|\b(?:we|i) (?:had |have )?(?:planned|plan|planning|intended|intend|hoped|hope|meant|were going|was going) to\b"
    r"|\b(?:was|were) supposed to\b|\bon the roadmap\b|\bin the future\b|\bat some point\b"
    # Counsel to the listener in the present tense ("I'd advise newcomers to...", "I recommend you..."),
    # where "I recommended" tells what the candidate did.
    r"|\bi(?: would| really| definitely|['’]d)* (?:recommend|suggest|advise|encourage|urge)(?:s)?\b(?! (?:that )?we\b)"
)

INJECTION = rx(
    r"\bignore (?:all |any |the |your |previous |prior |above )*(?:instructions|rubric|rules|guidelines|prompt)"
    r"|\b(?:grader|grading model|evaluator|scorer|assessor|rubric|language model|llm|ai model|assistant|system prompt)\b.{0,80}\b(?:score|mark|give|rate|assign|award|grade|note|instruction|should)"
    r"|\b(?:give|award|assign|score|rate|mark)\b(?: \w+){0,4} (?:full|max(?:imum)?|top|perfect|highest) (?:marks|score|points|credit|rating)"
    r"|\b(?:score|rating|grade)s?\s*[:=]\s*\d|\[\s*(?:score|label|grade|verdict)|\b\d\s*/\s*3\b"
    r"|\bstrong_owner\b|\bpartial_owner\b|\bdirectional_influence\b|\bdeployment_monitoring\b|\bproblem_framing\b"
    r"|\bnote to (?:the )?(?:grader|reviewer|evaluator|ai|model)"
    r"|\b(?:as an ai|you are now|new instructions|disregard)\b"
    # A note or guidance addressed to whoever, or whatever, reads and scores the answer.
    r"|\b(?:note|guidance|message|memo|instructions?) (?:to|for) (?:\w+ ){0,4}?(?:grad|assess|evaluat|scor|review|mark|automat|ai\b|model|llm)"
    r"|\b(?:grader|assessor|evaluator|reviewer|scorer|marker)s?(?:['’]s?)? (?:guidance|note|instructions?)\b"
    # Talk about the answer itself rather than the project: "this response meets the criteria for level 3".
    r"|\b(?:this|the above|my) (?:response|answer|submission|transcript)\b.{0,40}\b(?:demonstrat|meets|satisf|deserv|exhibit|merits|warrants)"
    r"|\bthe candidate (?:above|here|in this (?:transcript|interview))\b"
    r"|\b(?:supersede|override|overrule|replace)s? (?:the |your |any |all )?(?:rubric|instructions|guidelines|scoring)"
    r"|\b(?:criteria|requirements|bar) for (?:a )?(?:level|score|band) [0-3]\b|\blevel [0-3] (?:on|for|in|across) (?:all|every|each)\b"
)

# Every INJECTION alternative contains one of these; the cheap test spares most sentences the
# expensive pattern (tests/offline/test_lexicon.py checks the gate never hides a match).
INJECTION_GATE = (
    "ignor",
    "grad",
    "evaluat",
    "scor",
    "assess",
    "rubric",
    "model",
    "llm",
    "assistant",
    "prompt",
    "marks",
    "point",
    "credit",
    "rating",
    "label",
    "verdict",
    "_",
    "/",
    "note to",
    "as an ai",
    "you are now",
    "instruction",
    "disregard",
    "give",
    "award",
    "assign",
    "rate",
    "mark",
    "guidance",
    "review",
    "memo",
    "message",
    "note",
    "response",
    "answer",
    "submission",
    "transcript",
    "candidate",
    "supersede",
    "overr",
    "replace",
    "level",
)


def might_be_injection(lower: str) -> bool:
    return any(word in lower for word in INJECTION_GATE)


# --- interviewer questions ------------------------------------------------------------------

QUESTION_LAYER: list[tuple[str, re.Pattern[str]]] = [
    (
        "reflection",
        rx(
            r"\b(?:wrong|mistake|fail|failure|regret|differently|again|lesson|learn|change anything|improve|hindsight|do over|went badly|biggest miss)"
        ),
    ),
    (
        "deployment_monitoring",
        rx(
            r"\b(?:after (?:it|the|launch|you|going|deploy|release|shipping)|in production|post[- ]launch|monitor|watch|once it was live|went live|drift|maintain|alert|stewardship|since launch|after that)"
        ),
    ),
    (
        "impact",
        rx(
            r"\b(?:impact|outcome|result|measure|number|metric|moved|difference|worth|value|baseline|success|quantif|business)"
        ),
    ),
    (
        "tradeoffs",
        rx(
            r"\b(?:trade|give up|gave up|sacrific|cost of|alternatives?|instead|compromise|choose between|options|downside)"
        ),
    ),
    (
        "directional_influence",
        rx(
            r"\b(?:your (?:role|part|call|decision|contribution)|you (?:personally|decide|drive|push|lead|own)|who decided|who made|whose idea|what did you)"
        ),
    ),
    (
        "problem_framing",
        rx(r"\b(?:why|problem|goal|objective|who asked|context|background|started|motivat|target)"),
    ),
]
