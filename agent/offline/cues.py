"""Layer cues: the concepts each rubric anchor looks for, as patterns over lower-cased text."""

from __future__ import annotations

from agent.offline.lexicon import rx

# --- problem framing ------------------------------------------------------------------------

PROBLEM = rx(
    r"\b(?:problem|issue|pain(?: point)?|bottleneck|backlog|complain(?:t|ts|ed|ing)|losing|lost|leak(?:ing|age)"
    r"|cost(?:ing|s)? (?:us|the|them|about|around|roughly|\$|[€£]|\d)|too (?:slow|many|much|expensive|manual|noisy|late)"
    r"|manual(?:ly)?|struggl(?:e|ed|ing)|suffer(?:ed|ing)?|hurt(?:ing)?"
    r"|missed|miss(?:ing)?|delays?|delayed|late|slow|wast(?:e|ed|ing)|risk|frustrat(?:ed|ing|ion)|angry"
    r"|escalat(?:ed|ions?)|penalt(?:y|ies)|fines?|spik(?:e|ed)|doubled|tripled|declin(?:e|ed|ing)|dropp(?:ed|ing)"
    r"|rising|grew|growing|grown|risen|climbed|increas(?:e|ed|ing)|couldn['’]?t|weren['’]?t able|unable|need(?:ed)? (?:a|to)|mattered|because"
    r"|fail(?:ed|ing|ures?)|incidents?|outages?|spoil\w*|short(?:age)?s?|waiting|stuck|annoyed|unhappy|not happy|upset|over budget|burn(?:ed|ing|t)"
    # A requirement or what mattered, said of the product or the people it served ("the labels have to
    # be right for the product to work", "customers care more about false alarms").
    r"|needs? to be|has to be|have to be|must be|(?:is|are|was|were) (?:critical|crucial|essential|vital)|care[sd]? (?:more |most |a lot )?about|the (?:big|main|biggest|real|key) question"
    r"|limp\w*|running (?:dry|out|short)|ran (?:dry|out|short)|gut feel|guesswork|spreadsheets?|by hand|unplanned|emergency|worse|poor(?:ly)?|wrong|errors?"
    r"|overload\w*|drowning|bounced|tied up|sitting (?:in|idle|there)|idle|turned away|turning (?:\w+ )?away|slipp\w+|leaving|left money|money left|mispric\w*"
    r"|kept (?:raising|coming|happening|breaking)|(?:running|ran|fell|falling|got|was|were) (?:\w+ ){0,4}behind|terrible|awful|headache|nightmare|embarrass\w*|at risk|exposure|cancel\w*|lapsed?|undershoot\w*|overshoot\w*|burying|buried)\b"
)
# A problem told as a problem, strong enough to stand without naming who was hurt.
PROBLEM_FRAME = rx(
    r"\b(?:(?:the|our|a|one|their|my) )?(?:big |main |real |core |biggest |recurring |actual |underlying |business |key |whole )?(?:problem|issue|pain(?: point)?|challenge|headache|bottleneck|complaint|embarrassment|gap|risk|concern)s? (?:was|is|were|:|that|when|with|for)"
    r"|\b(?:was|were) (?:the|our) (?:big|main|biggest|real) (?:thing|problem|issue|headache)|\b(?:was|were) killing\b|\b(?:was|were) being (?:taken|drained|hit|lost|missed|ignored|abused|stolen|defrauded|turned)"
    r"|\bstopped (?:trusting|using|opening|reading|clicking|looking)|\b(?:we|they) were (?:eating|losing|paying|burning|bleeding)|\bonly \d+(?:\.\d+)?\s?(?:%|per ?cent|percent)"
    r"|\b(?:background|context|situation|motivation|starting point) (?:is|was|here)\b|\bwere (?:losing|leaving|failing|sitting|ending|spending|wasting|waiting|complaining|churning|missing|struggling|drowning|turning|paying|getting)\b"
    r"|\bkept (?:asking|complaining|failing|missing|losing|breaking|growing|climbing|telling|saying|reporting|flagging|escalating)\b|\b(?:cost|costing|costs) (?:us|the business|the company|them|our)\b"
    r"|\b(?:was|were|is|are) (?:too slow|too expensive|too manual|unusable|broken|a mess|climbing|rising|growing|doubling)\b|\b(?:had|have) (?:been )?(?:climbing|rising|growing|doubled|tripled)\b"
    r"|\bthe reason (?:it|this|that)(?: \w+)? (?:became|was) (?:a |the )?(?:priority|urgent|important)\b|\b(?:was|were) (?:a|the) (?:revenue|cost|safety|compliance|customer|retention|trust) (?:thing|problem|issue|risk)\b"
    r"|\b(?:going|went|switched|moved|lost) (?:\w+ )?to (?:a |the |our )?competitors?\b|\bnever (?:heard|hear) from them again\b"
    # A problem introduced, or why the work mattered: "there was a gap in how refunds were checked",
    # "speed mattered because...".
    r"|\bthere(?:['’]s| is| was| were) (?:this |a |an |one )?(?:\w+ )?(?:challenge|problem|issue|gap|pain point|bottleneck)s?\b"
    r"|\b(?:is|was|are|were) (?:so |really |very |particularly |especially )?(?:important|critical|crucial|essential|urgent) because\b"
    r"|\b(?:matters|mattered) because\b"
    r"|\bhad no (?:way|idea|visibility)\b|\bkicked (?:it|this|things|the (?:\w+ )?(?:project|work)) off\b|\bthe trigger (?:was|for)\b|\bcouldn['’]?t (?:keep up|read|handle|scale|cope|see)\b|\b(?:customers|users|clients|agents|doctors|patients|merchants|sellers|drivers|players) (?:were|kept|told|said|complained|hated)\b"
)
STAKE = rx(
    r"\b(?:customers?|users?|clients?|patients?|doctors?|clinicians?|radiologists?|farmers?|drivers?|riders?|merchants?"
    r"|sellers?|buyers?|shoppers?|agents?|analysts?|operators?|reviewers?|moderators?|advertisers?|members?|subscribers?"
    r"|players?|listeners?|students?|employees?|recruiters?|candidates?|underwriters?|adjusters?|claims?|stores?"
    r"|revenue|money|margin|profit|sales|costs?|budget|dollars?|euros?|pounds|hours?|sla|regulat\w*|complian\w*|reimburse\w*|refunds?|shifts?"
    r"|business|company|product|support|tickets?|calls?|orders?|deliver(?:y|ies)|conversion|retention|churn|fraud"
    r"|losses|chargebacks?|inventory|stock-?outs?|waste|defects?|yield|downtime|outages?|safety|accidents?|traffic|line|lines|queue|staff|wallets?|accounts?)\b"
    r"|[$€£]\s?\d"
)
SHAPE_TARGET = rx(
    r"\b(?:redefin(?:e|ed|ing)|refram(?:e|ed|ing)|re-?scop(?:e|ed|ing)|re-?think|rethought|chang(?:e|ed|ing)|rewr(?:ote|ite)"
    r"|replac(?:e|ed|ing)|push(?:ed)? back on|question(?:ed|ing)?|challeng(?:e|ed|ing)|clarif(?:y|ied|ying)"
    r"|(?:agreed|aligned|settled|converged|decided) (?:with \w+(?: \w+)? )?(?:on|to use|that)|defin(?:e|ed|ing)|set|pick(?:ed)?|chose|switch(?:ed)?)\b"
    r"[^.]{0,80}\b(?:metric|objective|target|goal|success|criteri(?:a|on)|kpi|definition|label|loss|what (?:we|they) (?:were|are) optimi[sz]ing|problem statement|framing|question"
    r"|what (?:we|they|the \w+) (?:measured?|optimi[sz]ed?|predicted?|tracked?|counted?|reported?|forecast(?:ed)?)|scoreboard|yardstick"
    r"|how (?:\w+ ){0,3}(?:measured?|judged?|scored?|counted?)|what counts as)\b"
    r"|\b(?:with|proposed|suggested|brought|took|pitched) (?:them |her |him )?(?:a |an )?(?:different|new|better|another|alternative|single) (?:number|metric|measure|scoreboard|kpi|target|yardstick|definition of (?:success|done))\b"
    r"|\bthe (?:problem|issue|need|ask) (?:wasn['’]?t|was not|isn['’]?t|is not) (?:that|this|it|really|actually)\b|\bwhat counts as (?:a |an )?(?:win|success|resolved|done|good|fixed)\b"
    r"|\bmake? (?:that|this|it) the (?:measure|metric|target|kpi|number|goal|bar)\b|\bmade (?:that|this|it) the (?:measure|metric|target|kpi|number|goal|bar)\b"
    r"|\b(?:that|the|this|my|our) (?:reframing|reframe|redefinition|re-?scoping)\b"
    r"|\b(?:the )?(?:real|actual|underlying|true) (?:problem|issue|question|goal|need|ask) (?:was|is)\b"
    r"|\b(?:not|wasn['’]?t|isn['’]?t) (?:really )?the right (?:target|thing|goal|metric|question|objective|problem|measure|thing to (?:chase|optimi[sz]e|build))\b"
    r"|\bthe (?:brief|request|ask|ticket|original (?:request|ask|brief|goal))(?: that [\w ]{0,30})? (?:was|said)\b[^.]{0,80}\b(?:but|instead|so i|i (?:didn['’]?t|thought|argued|pushed|went back|proposed|suggested))"
    r"|\b(?:agreed|aligned|settled)(?: on| that)? (?:the |a |our )?(?:target|measure|metric|bar|goal|definition|primary|success|kpi|criteri\w+)"
    r"|\b(?:would be|was|were) judged (?:on|by)\b|\b(?:should|would|will|could|must) be (?:judged|measured|evaluated|scored|held to)\b"
    r"|\bwhat (?:\w+ ){0,2}(?:actually|really) (?:needed|wanted|cared about|mattered) (?:was|is)\b|\bwrong (?:thing|target|metric|goal|number|objective|measure) to (?:aim at|optimi[sz]e|chase|measure|target|track)\b"
    r"|\b(?:argued|pushed|proposed|suggested|asked) (?:for )?(?:a |an |the )?(?:different|new|better|another|second) (?:\w+ )?(?:definition|metric|measure|target|goal|objective|kpi|criteri\w+)\b"
    r"|\bwhat we were (?:actually |really )?trying to (?:move|optimi[sz]e|achieve|measure|predict)\b|\b(?:stop|stopped) (?:using|optimi[sz]ing|measuring|chasing|judging|predicting)\b"
    r"|\b(?:predict|measure|optimi[sz]e|target|forecast)(?:ed|ing)? (?:\w+ ){0,5}instead\b|\binstead,? (?:we|i) (?:would )?(?:predict|model|measure|optimi[sz]e|target|forecast)"
    r"|\b(?:not only|not just) (?:the )?(?:\w+ ){0,4}but (?:also )?(?:the )?(?:probability|likelihood|effect|impact|uplift|cost|value)\b|\bthe (?:bar|yardstick|measure of success) (?:was|would be|became)\b"
    r"|\binstead of (?:optimi[sz]ing|predicting|measuring|targeting|chasing|maximi[sz]ing|minimi[sz]ing)\b"
    r"|\bsuccess (?:would be|meant|was defined|criteria|metric)\b"
    r"|\b(?:asked|wanted to know|dug into) (?:them |the \w+ )?(?:why|what (?:they|the business) (?:actually|really))\b"
    r"|\b(?:optimi[sz]ing|predicting|targeting|measuring) the wrong\b|\bwrong (?:metric|target|objective|label)\b"
)

# --- tradeoffs ------------------------------------------------------------------------------

TRADE_WORD = rx(
    r"\bgive and take\b|"
    r"\btrade[- ]?offs?\b|\bcompromises?\b|\bbalanc(?:e|ed|ing)\b|\bpros and cons\b|\bdownsides?\b|\bprice (?:we|to) pa(?:y|id)\b"
)
# A move that names what was given up for what: two sides are implied by the construction.
TRADE_STRONG = rx(
    r"\b(?:at the (?:cost|expense|price) of|in exchange|in return|trad(?:e|ed|ing) (?:off )?(?:\w+ ){0,4}for|traded|trading (?:off|away)"
    r"|sacrific(?:e|ed|ing)|gave up|give up|giving up|g[ia]ve away|g[ia]ve (?:\w+ ){1,2}up|giving (?:\w+ ){1,2}up"
    r"|even though [^.]{0,60}\b(?:improv\w*|better|more accurate|faster|cheaper|higher|lower|helped|would have)"
    r"|costs? (?:us|me|them) (?:something|a lot|dearly|real money|time|some|a bit|a little|about)|would(?:['’]ve| have) (?:eaten|cost|taken|killed|added|doubled|blown|burned|used up|wiped out|helped|been (?:better|more accurate|faster))"
    r"|deliberate (?:decision|choice|call|trade)|(?:a|the) (?:conscious|deliberate|explicit) (?:decision|choice) (?:not )?to"
    r"|(?:deliberately|intentionally|on purpose|consciously|knowingly) (?:\w+ ){0,3}(?:excluded|dropped|left|gave|kept|accepted|chose|held|limited|capped|ignored|sacrificed|traded)"
    r"|left (?:\w+ ){0,3}on the table|(?:lose|lost|losing) (?:a bit|some|a little|a few|half|most|part|(?:about |around |roughly )?(?:\d[\d.,]*\s?%?|a point|\w+ points?)) (?:of |in |on )?(?:the )?(?:accuracy|recall|precision|coverage|auc|f1|speed|latency|margin|revenue|reach|conversion|quality|performance|throughput|volume|\w+ rate)"
    r"|accept(?:ed|ing)? (?:that|the|some|a|an|losing|fewer|less|more|longer|slower|lower|higher|worse|missing|slightly|being)\b"
    r"|\b(?:we|i) (?:\w+ )?accept(?:ed)? (?:this|it|that)\b|\b(?:we|i) (?:\w+ ){0,3}accepted (?:was|is|were)\b|\b(?:this|that|which) (?:we|i) (?:\w+ )?accepted\b"
    r"|\b(?:we|i) (?:considered|weighed|evaluated|looked at|explored|tested|prototyped) [^.]{3,80}\bbut\b|\b(?:decided|chose|opted) not to\b"
    r"|\b(?:lose|loses|lost|losing|give up|gives up|giving up|sacrifices?|sacrificed)\b[^.]{1,120}\bbut\b|\bas the (?:price|cost) (?:of|for)\b"
    r"|\b(?:took|accepted|chose|did|allowed) (?:that|this|it) (?:on purpose|deliberately|knowingly|consciously)\b|\b(?:argued|pushed|decided|advised|recommended) against\b"
    r"|\b(?:was|were|is|are|wasn['’]?t|weren['’]?t|isn['’]?t|aren['’]?t|not) (?:\w+ )?worth (?:it|the|a|an)\b"
    r"|took (?:a|the) hit|taking (?:a|the) hit|take (?:a|the) hit|(?:the )?(?:cost|price|downside|catch|penalty|flip side) (?:of (?:that|this|it|doing)|(?:here |there )?(?:was|is|were))"
    r"|(?:which|that|this|it) (?:meant|means|mean) [^.;]{0,90}?\b(?:giving up|losing|accepting|less|more|fewer|slower|lower|higher|longer|cheaper|worse|missing|miss|misses|not|smaller|bigger|knowingly|too)\b"
    r"|\bleft (?:\w+ ){0,4}(?:uncaught|unflagged|unchecked|unreviewed|uncovered|unanswered|unserved|unblocked)\b"
    r"|\bcost(?:s|ing)? (?:us |me |them )?(?:some|a bit of|a little|a lot of|a few|a point of|\d[\d.,]*\s?(?:%|pp|points?)(?: of)?) (?:\w+ )?(?:accuracy|recall|precision|coverage|auc|f1|speed|latency|margin|revenue|reach|conversion|quality|performance|throughput|volume|sensitivity|lead time|warning time|time)\b"
    r"|\b(?:a |the )?(?:fair|small|acceptable|reasonable|worthwhile|necessary|real|price worth|cheap) price\b"
    r"|even though (?:it|that|this) (?:meant|cost)|paid (?:for it )?(?:in|with)|cost (?:us|me) (?:some|a bit|a little|about|\d|in)"
    r"|even if (?:it|that|this) (?:means|meant|costs?)\b"
    r"|(?:chose|picked|preferred|prioriti[sz]ed|favou?red|protected|optimi[sz]ed for|pushed for|argued for|went for|opted for) [^.,;]{1,60}\b(?:over|at the expense of|rather than)\b"
    r"|(?:which|that|this|it) means? (?:[\w'’]+ ){0,10}(?:a fair few|a few|some|a third|half|more|less|fewer|roughly|about|occasional|not|no longer|don['’]?t|didn['’]?t|still)"
    r"|(?:left|leaving|leave) (?:\w+ ){0,3}on the table|(?:paying|paid|pay) more (?:in|for)|accept(?:ed|ing)? (?:\w+ ){0,2}(?:gaps?|risk|costs?|loss|delays?|misses|errors?|noise|friction|latency|complaints?|waste|drop|hit|false)"
    r"|(?:which|that|this|it) meant (?:[\w'’]+ ){7,10}(?:giving up|losing|accepting|less|more|fewer|slower|lower|higher|longer|cheaper|worse|missing|not|no longer|set aside|overridden|ignored|dropped)"
    r"|(?:we|i)(?:['’]\w+)? (?:\w+ ){0,2}(?:lose|lost|losing) [^.]{0,80}\b(?:but|in exchange|to (?:get|keep|stay|save|protect)|so that)\b|(?:we|i) (?:\w+ )?(?:lose|lost) the (?:ability|option|chance)"
    r"|(?:more|less|fewer|higher|lower|longer|slower) than (?:we|i|they) (?:wanted|would like|could have|liked|hoped|needed)"
    r"|what (?:we|i) (?:lose|lost|gave up|give up|sacrificed|traded away|paid|left behind|were leaving behind)"
    r"|(?:isn['’]?t|wasn['’]?t|is not|was not|not|never|ain['’]?t) (?:\w+ )?(?:free|cheap|costless)\b|(?:comes?|came) (?:at|with) (?:a|some|its) (?:cost|price)"
    r"|(?:acceptable|worth it|worth paying|a price worth|tolerable|a fair price) (?:[\w'’]+ ){0,3}(?:to get|for|in return|if it|as long as|given|because)"
    r"|(?:this|that|it) (?:is|was) (?:acceptable|worth it|fine|ok|okay) (?:to get|for|in return|because)"
    r"|(?<!want )(?<!like )(?<!hope )(?<!wish )to (?:get|keep|buy|win|gain|have) (?:much |far |a lot |a bit |slightly )?(?:less|more|fewer|better|lower|higher|faster|cheaper|tighter)"
    r"|(?:went with|chose|picked|opted for|settled on|decided on|switched to) [^.]{0,120}\b(?:but|though|although|even though|which (?:is|was|meant))\b[^.]{0,60}\b(?:worse|slower|less|lower|higher|more expensive|weaker|fewer|costlier|harder|miss\w*|lose|lost|noisier|bigger)"
    # A choice with its shortfall conceded: "though the small model is not as accurate, it fits on a phone".
    r"|(?:although|though|even though|while|whilst|even if) [^.]{0,60}\bnot (?:quite )?as (?:\w+ )?(?:accurate|good|fast|precise|robust|flexible|powerful|cheap|simple|complete)\b"
    # A gain told with what it kept or lost: "while keeping most of the recall", "with a small drop in precision".
    r"|(?:while|whilst) (?:still )?(?:retaining|keeping|preserving|maintaining),? (?:\w+,? )?(?:most|the majority|much|nearly all|almost all|the bulk|\d+\s?%)\b"
    r"|with (?:only )?(?:minimal|little|a small|a slight|slight|negligible|a modest|modest|some|a minor|minor) (?:[\w-]+ )?(?:loss|drop|hit|cost|decrease|degradation|penalty)\b"
    r"|^cost (?:about|around|roughly|maybe|us|me|a|some|\d)|(?:a|the) (?:cost|price) (?:we|i) (?:accepted|paid|took|were willing|was willing|agreed)|knowing (?:\w+ ){0,6}would (?:drop|fall|suffer|go (?:up|down)|get worse|be slower))"
)
CHOICE = rx(
    r"\b(?:went with|go with|chose|choose|picked|opted|decided|settled on|kept|stuck with|stayed with|dropped|skipped|gave|set|capped|limited|refused|declined|turned down|said no)\b"
)
DOWNSIDE = rx(
    r"\b(?:but|though|although|however|cost|costs|meant|means|lose|lost|worse|slower|less|fewer|more|higher|lower|too|missed|miss|couldn['’]?t|can['’]?t|unhappy|complain\w*|found it|at the expense)\b"
)
# A change aimed at, hoped for or possible, not one that happened: "the goal is to cut waiting time by 30%",
# "finance thinks we could save 10%", "the plan was to cut costs by 20%".
INTENDED_CHANGE = rx(
    r"\b(?:want|wanted|would like|plan|planned|planning|hope|hoped|hoping|aim|aimed|aiming|intend|intended|trying|try"
    r"|goal (?:is|was)|plan (?:is|was)|target (?:is|was)|expect|expected|can|could|would|might|will|going to|gonna)"
    r"(?: to)?(?: \w+ly)? (?:reduce|cut|increase|improve|lift|raise|lower|boost|save|bring|get|double|halve|drop|grow|shrink)\b"
)
# An alternative that scored better: with a choice not to use it, what was given up is plain.
BETTER_ALTERNATIVE = rx(
    r"\b(?:beat|beats|outperform\w*|out-?scored|(?:was|were|came out|did|scored|tested) (?:\w+ ){0,3}?(?:better|higher|more accurate|stronger))\b"
)
# Not using it, or keeping the plainer option: "we didn't use it", "I still shipped the linear model".
KEPT_PLAINER = rx(
    r"\b(?:didn['’]?t|did not|never|chose not to|decided not to) (?:\w+ )?(?:use|ship|deploy|adopt|go with|pick|choose|switch to|put in)\b"
    r"|\b(?:stuck|stayed|went|kept|shipped|chose|picked|used|deployed|launched) (?:with )?(?:it anyway )?(?:the |our |a )?"
    r"(?:simpler|smaller|linear|logistic|original|existing|older|cheaper|faster|current|baseline|interpretable|explainable|plainer|rules?)\b"
)
# The second half of a cost told across two sentences: "...fewer bookings. But the ones who got booked stayed."
GAIN_AFTER_COST = rx(r"(?:but|yet|still|in return|on the other hand|in exchange|the upside|the payoff)\b")
# A cost named outright: enough, with a choice and a quality, to make a tradeoff without being asked.
DOWNSIDE_STRONG = rx(
    r"\b(?:cost|costs|costing|meant|lose|lost|losing|worse|slower|fewer|missed|misses|at the expense|gave up|sacrific\w+|hurt|penali[sz]\w+|took a hit"
    r"|crude|inaccura\w+|not (?:entirely |fully |perfectly |very |as )?accurate|less (?:accurate|precise|robust)"
    r"|(?:slightly|a bit|a little|somewhat|marginally) (?:worse|lower|less|slower|higher|more))\b"
)
# "There are always tradeoffs": the sound of a tradeoff with no choice behind it.
GENERIC = rx(
    r"\b(?:always|as always|as usual|usual|obviously|of course|every project|any project|inevitabl\w+|in general|naturally|the classic"
    r"|every (?:single )?(?:decision|choice)|all of it|everything (?:was|is) a)\b"
)
# Weaker constructions: a contrast that is a tradeoff only when two qualities are named.
TRADE_MOVE = rx(
    r"\b(?:rather than|instead of|versus|vs\.?|(?:a|the) choice between|choos(?:e|ing) between|chose between|decid(?:e|ed|ing) between)\b|\b(?:chose|picked|preferred|prioriti[sz]ed|favou?red|over)\b [^.,]{1,40}\bover\b"
    r"|\b(?:lower|worse|slower|less|fewer|higher|more expensive|bigger|weaker|simpler|cheaper|better|more accurate|faster|quicker|easier|harder|safer|riskier|smaller|larger)\b[^.]{0,70}\bbut\b"
    r"|\bbut\b[^.]{0,60}\b(?:lower|worse|slower|less|fewer|higher|more expensive|weaker|simpler|cheaper|faster|better|took|cost|needed|required)\b"
)
DIMENSION = rx(
    r"\b(?:accura\w+|precision|recall|f1|auc|coverage|latenc\w+|speed|fast\w*|slow\w*|throughput|cost\w*|cheap\w*|expensive|compute|gpu|memory"
    r"|freshness|fresh|stale\w*|real[- ]time|batch|interpretab\w+|explainab\w+|transparen\w+|simplicity|simple|simpler|complex\w*"
    r"|maintainab\w+|maintenance|fairness|bias|privacy|false (?:positive|negative|alarm|alert)s?|alerts?|friction|conversion"
    r"|revenue|time[- ]to[- ]market|deadline|scope|robust\w*|stabil\w+|quality|performance|budget|sla|infra\w*|headcount"
    r"|workload|review\w*|safety|risk\w*|lift|margin|size|features?|complexity|flexib\w+|control|coverage|reach|volume"
    r"|user experience|ux|engagement|diversity|novelty|relevance|trust|auditab\w+|compliance|calibrat\w+|sensitivity|specificity"
    r"|miss(?:ed|es)?|catch(?:es)?|caught|noise|noisy|generali[sz]\w+|overfit\w*|training time|inference|storage|bandwidth"
    r"|customers?|users?|fraud|losses|recall|ndcg|mape|rmse|mae|wer|time|precise|imprecise|(?:un)?stable|errors?|separation|automat\w+)\b"
)
# What a choice was for, said after it: "instead of auto-sending, so an agent could check each one".
PURPOSE = rx(
    r"\b(?:so (?:that|an?|the|we|i|it|they|each|every|nobody|no one)|to (?:keep|get|save|avoid|make sure|let|check|protect|stay|reduce|cut|speed up|free up|spare|limit)"
    r"|for (?:speed|simplicity|reliability|safety|stability|cost|the sake of))\b"
)
REASON = rx(
    r"\b(?:because|since|as (?:the|we|our|it)|given (?:that|the)|due to|so that|in order to|the reason|constraint|required|requirement"
    r"|had to|has to|have to|needed to|needs to|must|mandat\w+|regulat\w+|audit\w*|complian\w+|legal|sla|budget|deadline|risk\w*|couldn['’]?t afford|can['’]?t afford"
    r"|priority|prioriti[sz]\w+|mattered more|more important|worse (?:for|to)|cheaper to|the business cared|what mattered)\b"
)
CONTAIN = rx(
    r"\b(?:continue[ds]? to be (?:picked up|caught|covered|handled|checked|screened|reviewed|seen)|picked up (?:through|by)|safety net|still (?:screened|reviewed|checked|covered|handled|go|went)|to (?:contain|limit|cap|offset|keep (?:\w+ ){0,3}(?:under control|in check|small|low|bounded)|know (?:what|how much) it|see (?:if|whether|what|how much))|under control|in check"
    r"|separately|(?:every|each) (?:week|month|quarter|day)|reported|recover(?:ed|ing)?|mitigat(?:e|ed|ing)|compensat(?:e|ed|ing)|offset|claw(?:ed)? back|made up for|measur(?:e|ed|ing) (?:the|its|that|how much)"
    r"|quantif(?:y|ied)|track(?:ed|ing)? (?:the|how|what)|monitor(?:ed|ing)? (?:the|how|what)|a/?b|holdout|shadow|fallback|guardrails?"
    r"|limit(?:ed)? the|cap(?:ped)?|revisit(?:ed)?|re-?evaluat\w+|added (?:\w+ ){0,3}(?:features?|rules?|checks?|reviews?|a (?:rule|check|step))"
    r"|human review|manual review queue|routed|escalat\w+ to|second model|back ?stop|safety net|budget(?:ed)? for|checked (?:that|how)"
    r"|got (?:most|some|half|part) (?:of it )?back|closed (?:most|some|the) (?:of the )?gap|kept an? \w+ (?:for|on))\b"
)

# --- deployment and monitoring --------------------------------------------------------------

LAUNCH = rx(
    r"\b(?:deploy(?:ed|ing|ment)?|launch(?:ed|ing)?|went live|go(?:es|ing)? live|went to prod\w*|shipp?(?:ed|ing)|roll(?:ed|ing)? (?:it )?out|rollout"
    r"|released?|in production|into production|to production|in prod\b|productioni[sz]ed|live (?:in|on|for)|turned (?:it )?on|put (?:it )?live"
    r"|pushed (?:it )?(?:to|into) prod\w*|handed (?:it )?(?:over|off) to|integrated into|switched (?:it )?on|went (?:out|in) (?:to|on|in|across)|go-live|went into (?:the|use|service)"
    r"|(?:has been|had been|been|was|is|were|are) (?:\w+ )?(?:running|live|in use|used|in service|serving|scoring) (?:since|for|in|across|on)|in use since|running since|live since"
    r"|ran it (?:in|on|across|at|for)|after sop|start of production|over[- ]the[- ]air|pilot(?:ed|ing)?|trial(?:l)?ed|(?:it|we|the model) (?:was|were|went) out|once (?:it|the model|we) (?:was|were|went) (?:out|live|in))\b"
)
# Words of vigilance: on their own they are the generic "we kept an eye on it" (a 1).
WATCH = rx(
    r"\b(?:monitor\w*|kept (?:an|a close) eye|keep (?:an|a close) eye|keeping (?:an|a close) eye|watch(?:ed|ing)?|track(?:ed|ing)?|dashboards?|alert\w*|pag(?:ed|er|ing)"
    r"|on[- ]call|observ\w+|check(?:ed|ing)? (?:on|in on|it|in)|look(?:ed|ing)? (?:at|into) (?:it|the (?:numbers|metrics|dashboards?|logs))|canary|shadow(?: mode)?)\b"
)
# "not X, it was Y" / "not X but Y": the second half says what was done instead.
CORRECTION = rx(r"[^.;]{0,40}?(?:,|;|—|-) ?(?:(?:it|that|this) (?:was|is)|but|rather|instead)\b")
# "... was reviewed by the ops team": the passive's agent, when it is not the candidate.
DONE_BY_OTHERS = rx(
    r"[^.;]{0,60}?\bby (?:the |our |their |a |an |its )?(?:\w+ ){0,2}(?:team|ops|operations|sre|engineers?|vendor|client|customer|partner|group|department|people|folks|staff|crew|analysts?|managers?|owners?|desk|centre|center|they|them)\b"
)
# Activities that are monitoring when they name what was looked at or how often.
INSPECT = rx(
    r"\b(?:check(?:ed|ing|s)?|look(?:ed|ing)? (?:at|into|through)|review(?:ed|ing|s)?|compar(?:e|ed|ing)|pull(?:ed|ing)?|tag(?:ged|ging)?|read (?:through|every|the)"
    r"|(?:breakdown|chart|board|sheet|tracker|digest|scorecard|report)s?"
    r"|went (?:to|through|over)|sat (?:with|in on)|audit(?:ed|ing|s)?|sampl(?:e|ed|ing)|inspect\w*|spot[- ]check\w*|report(?:ed|ing|s)?"
    r"|measur(?:e|ed|ing)|follow(?:ed|ing)? (?:up|the)|reconcil\w+|lin(?:ed|ing) (?:\w+ ){0,2}up against|match(?:ed|ing) (?:\w+ ){0,4}against|cross-?check\w*|join(?:ed|ing) (?:\w+ ){0,3}(?:to|with|against)|logg(?:ed|ing)|plott(?:ed|ing)|sen[dt] (?:\w+ ){0,3}(?:a |the )?(?:sheet|report|summary|email))\b"
)
# Named signals: a generic "drift" or "performance" is not one.
SPECIFIC_SIGNAL = rx(
    r"\b(?:precision|recall|f1|auc|false[- ](?:positive|negative|alarm|alert|reject|accept)s?|fpr|tpr|error rates?|latenc\w+|p9\d(?:\.\d)?|p50|timeouts?"
    r"|psi|kl|ks|population stability|(?:score|feature|input|prediction|label) distributions?|distribution of|calibrat\w+|null(?: rate)?s?|missing (?:values|rate)"
    r"|ctr|click[- ]through|conversion\w*|acceptance|override\w*|appeals?|overturn\w*|volume of|volumes|throughput|accuracy|mae|mape|rmse|wer|coverage"
    r"|label(?:s)? (?:delay|lag)|hit rate|approval rate|fraud rate|chargeback rate|complaints?|tickets?|disagreement|agreement rate|confidence|rate of|\w+ rate|share of"
    r"|per (?:region|store|country|market|segment|device|cohort|category|language|site|warehouse|hospital|client|customer|merchant|city|route|shift|line|plant|zone|district|intent|province|platform|branch|lane|team)"
    r"|per [a-z]+|split by|versus actual|against actual|predicted (?:versus|vs\.?|against)"
    r"|by (?:region|store|country|market|segment|device|cohort|category|language|site|warehouse|hospital|client|customer|merchant|city|route|shift|zone|district|hour|province|platform|vehicle|branch|lane|age|market)"
    r"|segments?|cohorts?|slices?|sliced|split by|broken down|subgroups?|new users|thresholds?|residuals?|outliers?|against (?:the )?(?:forecast|prediction|actuals?|harvest|ground truth|labels?|reports?))\b"
)
CADENCE = rx(
    r"\b(?:daily|weekly|hourly|nightly|monthly|quarterly|fortnightly|biweekly|every (?:\w+ )?(?:day|week|morning|night|hour|monday|tuesday|wednesday|thursday|friday|sprint|month|release|minutes|hours|days|weeks|months)"
    r"|each (?:day|week|morning|month|release|monday)|once a (?:day|week|month)|twice a (?:day|week|month)|real[- ]time|per (?:day|week|hour)"
    r"|(?:mondays|tuesdays|wednesdays|thursdays|fridays)|(?:monday|tuesday|wednesday|thursday|friday) (?:check|review|report|meeting|morning|call|sync)"
    r"|each (?:quarter|shift|season|cycle|run|batch|campaign|term|semester|sprint|fortnight)|every (?:shift|season|cycle|run|batch|campaign|quarter|term|semester|fortnight))\b"
)
# Acts of looking, which make a first-person routine a routine of watching ("every Monday I read a
# hundred conversations"), where "every day I learned something new" is not one.
ROUTINE_ACT = rx(
    r"\b(?:read(?:ing)?|reviewed?|reviewing|look(?:ed|ing)?|listen(?:ed|ing)?|check(?:ed|ing)?|went through|go through|sampl(?:ed|ing)|pull(?:ed|ing)?"
    r"|ran|run(?:ning|s)?|produc(?:e|ed|ing)|calculat\w+|comput(?:e|ed|ing)|measur\w+|quer(?:y|ied|ies)|flag(?:s|ged|ging)?|report\w*|tables?"
    r"|download(?:ed|ing)?|lin(?:ed|ing) up|summar\w+|going through|notes"
    r"|compar(?:ed|ing)|watch(?:ed|ing)?|track(?:ed|ing)?|scann?(?:ed|ing)|spot-?check(?:ed|ing)?|audit(?:ed|ing)?|sat with|inspect(?:ed|ing)?|counted|plotted)\b"
)
# The cadence of the team's own process ("daily check-ins", "weekly meetings with mentors"):
# a rhythm of work, not of watching a model.
MEETING = rx(
    r"\b(?:meetings?|check-?ins?|stand-?ups?|syncs?|sprints?|planning|retros?|retrospectives?|one-on-ones?|1:1s?|office hours"
    r"|catch-?ups?|calls? with|mentors?|mentoring|classes|lectures?|seminars?|lessons?|courses?|kanban|scrum)\b"
)
# An obstacle met while doing the work, not the problem the work was for: "we ran into issues with the
# cluster quota" (tested on the words just before a problem word).
OBSTACLE_MET = rx(
    r"\b(?:ran|run|running|runs) into (?:some |a few |many |a lot of |several )?$|\b(?:encountered|hit) (?:some |a few |several )?$"
)
# A need told with its reason, or the point of the work: how people frame a problem in passing.
NEED_WITH_REASON = rx(
    r"\b(?:we|they|customers|users|clients|people|the business|the company|teams?|operators|analysts|doctors|farmers|sellers|buyers|drivers)"
    r" (?:really |badly |just )?(?:wanted|needed|need|want|had|have|were trying|are trying) to\b[^.]{0,140}?\b(?:because|so that|so they|so we|in order to|otherwise|which (?:meant|means|would))\b"
    r"|\b(?:the (?:whole |main |real )?(?:point|goal|aim|purpose|objective|idea)) (?:of [^.]{1,40}?)?(?:was|is) (?:to|that)\b"
    r"|\b(?:aims?|aimed|set out) to (?:solve|fix|address|bridge|reduce|cut|help|make|predict|detect|find|stop|prevent)\b"
)
PROD_OBSERVATION = rx(
    r"\b(?:in production|in prod|after (?:launch|go[- ]live|rollout|release|deployment|we (?:launched|shipped|deployed|went live)|it went live)|post[- ]launch|once (?:it was )?live"
    r"|(?:a|one|two|three|four|five|six|few|couple of|\d+) (?:days?|weeks?|months?) (?:in|later|after|into)|in the (?:first|second|third) (?:week|month|quarter|season|summer|winter)"
    r"|(?:in|around|by|from|on|after) (?:week|month|day) (?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)"
    r"|(?:week|month|day) (?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)|live traffic|real traffic|in the field|on the line|in the stores?|first (?:season|summer|winter) live"
    # Time and scale after launch, as people tell it: "over time", "once we scaled it out", "under load".
    r"|over time|as (?:it|we|usage|traffic) grew|(?:when|once|as) (?:we|it) (?:started )?(?:scal(?:ed|ing)|grew|expanded)|at scale"
    r"|since (?:it|we) (?:launched|shipped|went live|released)|(?:weeks|months|years) (?:after|later|since)|in the (?:previous|last|past) (?:week|month|quarter|year)"
    r"|under (?:real |heavy |production )?load|at (?:certain|high|peak) (?:levels of )?(?:load|traffic)|usage (?:stats|statistics|numbers|data|logs)|in the wild)\b"
)
# The system in use: who or what meets it once it is out. With an event (below), told after the
# launch, it is something seen in production, whatever words the teller has for it.
IN_PRODUCTION = rx(r"\b(?:live|in production|in prod|real[- ]world|in the (?:field|wild)|real users|real traffic)\b")
IN_USE = rx(
    r"\b(?:live|production|prod|in use|real[- ]world|the (?:field|wild)|users?|customers?|clients?|visitors?|subscribers?"
    r"|players?|shoppers?|patients?|readers?|members?|traffic|requests|queries|sessions|orders|transactions|calls|logs)\b"
)
# Something that happened to a running system: it failed, hit a limit, drew complaints, was corrected.
IN_USE_EVENT = rx(
    r"\b(?:broke|broken|failed|failing|fails|failures?|errors?|bugs?|bottlenecks?|outages?|incidents?|timeouts?|time-?outs?"
    r"|hit (?:the |a |our |its )?(?:\w+ )?(?:limits?|ceiling|caps?|quotas?|\d)|ran out|poor|stale|slow(?:er|ed)?|misclassif\w+|mislabell?ed"
    r"|complain\w*|correct(?:ed|ing|ions?)|overrid\w+|escalat\w+|confus\w+|struggl\w+|surprised?|unexpected(?:ly)?)\b"
)
CHANGE_SEEN = rx(
    r"\b(?:saw|noticed|spotted|caught|found|discovered|realised|realized|detected|dropp(?:ed|ing)|spik(?:e|ed|ing)|crept|creep(?:ing)?|degrad\w+"
    r"|drift(?:ed|ing)|fell|rose|jump(?:ed)?|went (?:up|down)|increas(?:e|ed|ing)|decreas(?:e|ed|ing)|collaps\w+|broke|started (?:to|flagging|missing|failing)"
    r"|stopped (?:working|catching)|shifted|skew(?:ed)?|surg(?:e|ed)|declin(?:e|ed|ing)|kept (?:running|failing|missing|flagging|getting|coming)"
    r"|running (?:short|out|dry|hot|late)|turned out|(?:was|were|looked|came (?:in|out)) (?:clearly |much |way |systematically |slightly )?(?:higher|lower|worse|off|wrong|elevated|short)"
    r"|complain\w*|flagging|misfir\w*|ignor(?:ed|ing) (?:it|the)|overrid\w+|elevated|see that|seeing|could see|found that|noticed that|realised|realized|showed|revealed"
    r"|grew|climb(?:ed|ing)|piled up|backed up|slowed(?: down)?|died|crash(?:ed|ing)|fell over|timed out|ran into)\b"
)
ACTION = rx(
    r"\b(?:roll(?:ed)? (?:it |the model |that |this )?back|rollback|revert(?:ed)?|capped|clamped|masked|tightened|loosened|overrode|corrected"
    r"|put (?:in )?(?:a |an )?(?:\w+ ){0,2}(?:rule|cap|floor|limit|check|fallback|filter|guard|override)|took (?:\w+ ){0,4}out of|turned (?:\w+ ){0,3}off"
    r"|added (?:a |an )?(?:\w+ ){0,3}(?:step|cap|floor|limit|flag|filter|override|feature|input|sample)|retrain(?:ed|ing)?|re-?train(?:ed|ing)?|recalibrat\w+"
    r"|added (?:\w+ ){0,4}(?:alerts?|checks?|monitors?|features?|guardrails?|rules?|tests?|validation|fallback|gate|data|examples|images|clips|samples)"
    r"|(?:raised|lowered|adjusted|changed|moved|tuned|retuned|re-?set|set) (?:the |our |its |a |an )?(?:[\w-]+ ){0,2}thresholds?|hot-?fix\w*|patch(?:ed)?"
    r"|paus(?:ed|ing)|switch(?:ed)? (?:it |the model |them )?(?:off|back)|turn(?:ed)? (?:it )?off|kill(?:ed)? the|disabled|re-?weight\w*|backfill\w*"
    r"|fix(?:ed)? (?:the|it|that|this)|pushed a fix|shipped a fix|updated (?:the )?(?:model|features|pipeline|thresholds?|config)|refresh(?:ed)? (?:the )?(?:model|data)"
    r"|re-?labell?(?:ed)?|reran|fell back|failover|quarantin\w+|excluded|filtered out|blocked|re-?deployed|rebuilt|re-?launched|sent (?:it )?back"
    r"|changed (?:the|our|how|with|its|a)|pulled (?:\w+ ){0,3}(?:out|from|off)|split (?:the|it)|removed|rerouted|routed (?:\w+ ){0,3}to|swapped|replaced"
    r"|rewr(?:ote|ite)|moved (?:\w+ ){0,3}(?:to|out|back)|dropped (?:the|that)|capped|narrowed|widened|tightened|loosened|introduced)\b"
)
STEWARD = rx(
    r"\b(?:for|over|during|in) (?:about |around |roughly |almost |nearly )?(?:the )?(?:next |following |first |whole |entire )?(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|several|few|couple of)?\s*(?:weeks?|months?|quarters?|years?)\b"
    r"|\bsince (?:launch|then|go[- ]live|we launched|it launched|\d{4})\b|\bi (?:still )?(?:own|owned|maintain(?:ed)?|look(?:ed)? after|support(?:ed)?) (?:it|the model|the system)"
    r"|\bon[- ]call\b|\b(?:a|one|two|three|six|nine|\d+) (?:months?|quarters?|years?) (?:later|after|in)\b"
    r"|\b(?:the )?(?:whole|entire|full) (?:\w+ )?(?:weeks?|months?|quarters?|years?|season|summer|winter)\b|\b(?:i|we) (?:had|ran|owned) it for\b"
)
VAGUE_OK = rx(
    r"\b(?:(?:i|i['’]d|we) (?:\w+ )?assume (?:it|that|things) (?:was|were|is) (?:fine|ok|okay|working)|(?:i )?(?:don['’]?t|didn['’]?t) remember (?:one|any|anything)|seem(?:s|ed)? (?:to be )?(?:fine|ok|okay|good|stable|to work)|nobody complained|no (?:one|body) complained|no complaints"
    r"|(?:worked|working|went) (?:fine|well|smoothly|great|ok)|(?:fine|stable|no issues) (?:so far|since)|haven['’]?t heard)\b"
)
TRAINING_CONTEXT = rx(
    r"\b(?:train(?:ing)? (?:loss|curves?|runs?|jobs?)|validation (?:loss|set|curves?)|val loss|epochs?|tensorboard|wandb|weights (?:and|&) biases"
    r"|mlflow|experiment tracking|during training|cross[- ]validation|offline (?:eval\w*|test\w*|metrics?)|test set|hold-?out set|backtest\w*)\b"
)

# --- impact ---------------------------------------------------------------------------------

NUMBER = rx(
    r"\b(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ]?(?:one|two|three|four|five|six|seven|eight|nine)?|ten|eleven|twelve|fifteen|one|two|three|four|five|six|seven|eight|nine) (?:per ?cent|percent|percentage points)"
    r"|(?<![\w.])(?:[$€£]\s?)?\d[\d,]*(?:\.\d+)?\s?(?:%|per ?cent|pp|bps|x\b|k\b|m\b|mm\b|bn\b|million|billion|thousand|ms\b|s\b|seconds?|minutes?|hours?|days?|points?)?"
    r"|\b(?:half|halved|doubled|tripled|a third|a quarter|twice|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred)\b"
    r"(?: (?:percent|times|points|million|thousand|hours|days|minutes))?"
)
OUTCOME_VERB = rx(
    r"\b(?:increas\w+|decreas\w+|reduc\w+|cut|cutting|dropp?(?:ed|ing)|fell|falls?|rose|grew|growth|improv\w+|lift\w*|uplift|sav(?:ed|ing|ings)|boost(?:ed|s)?|lower(?:ed)?"
    r"|rais(?:ed|ing)|went (?:from|up|down)|from [^.]{1,30} to|down (?:by|from|to)|up (?:by|from|to)|halv\w+|doubl\w+|tripl\w+|fewer|more|less|gain\w*|jump\w*"
    r"|shrank|shrunk|climb\w*|recover(?:ed|s|ing)?|prevent(?:ed|s|ing)?|avoid\w*|caught|catch\w*|freed|eliminat\w+|moved(?! (?:to|over|on|onto|into|off|teams?|across)\b)|delta|better|worse|beat|outperform\w*|resulting|result\w*"
    r"|went to|went under|went over|came (?:down|back|in) (?:to|at|under)|dropped to|fell to|rose to|got (?:it )?(?:to|down to|up to)|is now|are now|now (?:at|around|about)"
    r"|reached|hit|stayed (?:within|under|below|above)|sat (?:around|at)|landed (?:at|around)|ended (?:up )?(?:at|around)|was gone|disappeared|contained|flagged|handled|resolved|deflected)\b"
)
SETTING = rx(
    r"\b(?:percentiles?|quantiles?|thresholds?|cut-?offs?|hidden size|configs?|sweeps?|runs?|trials?|folds?|seeds?|epochs?|gpus?|tpus?|cpus?|cores?|nodes?|layers?|rows?|records?|samples?|examples?|images?|documents?|tokens?|parameters?|params|weights"
    r"|trees?|depth|estimators?|batch(?: size)?|learning rate|lr|dropout|folds?|k=|features?|columns?|dimensions?|embeddings?|heads?|neurons?|units"
    r"|engineers?|people|headcount|team of|interns?|sprints?|tickets? (?:closed|done)|lines of code|loc|repos?|services?|clusters?|replicas?|instances?|shards?"
    r"|tb|gb|mb|terabytes?|gigabytes?|version|v\d|iterations?|steps?|queries per|qps|labels?|annotators?|classes|categories|languages|stores|sites|countries)\b"
)
TECH_METRIC = rx(
    r"\b(?:auc|roc|f1|precision|recall|accuracy|rmse|mae|mape|smape|wer|cer|bleu|rouge|map|iou|ndcg|mrr|log ?loss|loss|perplexity|latency|p9\d|p50|ms|milliseconds"
    r"|throughput|r2|r-squared|brier|calibration|top-?\d|hit rate|error rate|dice|sensitivity|specificity|kappa|wape|psi|coverage|ece|false (?:positive|negative|reject|accept)s?"
    r"|test set|backtest\w*|offline|held[- ]out|holdout set|validation|benchmark)\b"
)
BUSINESS_METRIC = rx(
    r"(?:[$€£]\s?\d)|\b(?:revenue|dollars?|euros?|pounds|usd|eur|cost\w*|spend|savings?|saved|tickets?|calls?|complaints?|churn\w*|retention|retained|conversion\w*"
    r"|ctr|click[- ]through|clicks?|engagement|sales|orders?|bookings?|gmv|margin|profit|fraud losses|losses|chargebacks?|write-?offs?|defaults?|refunds?"
    r"|hours?|days?|minutes? (?:per|saved|faster)|users?|customers?|patients?|members?|subscribers?|nps|csat|satisfaction|manual review|workload|headcount|fte"
    r"|escalations?|returns?|stock-?outs?|waste|yield|on[- ]time|delays?|downtime|accidents?|incidents?|approvals?|sign-?ups?|installs?|sessions?|watch time"
    r"|listening time|basket|aov|cart|abandonment|claims?|leads?|time to|turnaround|throughput of (?:the )?(?:team|analysts|agents)|productivity|defects?|scrap|recalls?"
    r"|loss ratio|premium|shrink|sell-through|wait\w*|queue|abandonment|renewals?|injur\w+|fraud|excursions?|utili[sz]ation|takeovers?|days lost|backlog|alerts for|reviews?|appointments?"
    r"|attend\w*|no-shows?|admissions?|beds?|students?|learners?|tutors?|agents?|analysts?|staff|nurses?|shifts?|spend|budget|energy|water|inventory)\b"
)
# An outcome set against something: enough, with a number, to read the sentence as a result.
COMPARISON = rx(
    r"\bfrom [^.]{0,30}?\d[^.]{0,30}? to (?:about |around |roughly |just |only |under |over |below |above |nearly |almost )?[$€£]?\d"
    r"|\b(?:compared (?:to|with)|versus|vs\.?|relative to|against (?:the |a )?(?:baseline|control|holdout|old|previous|last|rules?|legacy)"
    r"|over (?:the |a )?(?:baseline|control|holdout|old|previous|rules?|legacy)|baseline|control group|holdout|hold-out|a/b|ab test|randomi[sz]ed"
    r"|year[- ]over[- ]year|yoy|matched control|down from|up from|used to be)\b"
)
# A multiple of what it was, which states a change without a verb: "4x faster", "three times cheaper".
MULTIPLE = rx(
    r"(?:\d(?:\.\d+)?\s?(?:x|times)|\b(?:two|three|four|five|six|seven|eight|nine|ten) times) (?:faster|quicker|cheaper|more|fewer|less|higher|lower|larger|bigger|smaller|better)\b"
)
# A window or baseline for an outcome: a comparison, or the period it was measured over.
BASELINE = rx(
    COMPARISON.pattern
    + r"|\bfrom (?:about |around |roughly )?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|a hundred)\b[^.]{0,40}\bto (?:about |around |roughly |just |only )?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|zero|none|\d)"
    r"|\b(?:(?:in|over|during|within|for) the (?:first |next |following |last |whole |full )?(?:\w+ )?(?:days?|weeks?|months?|quarters?|years?|half|season|campaign|pilot|summer|winter)|per (?:week|month|quarter|year|day)"
    r"|that (?:season|quarter|year)|the (?:season|year|quarter|month|week) before|(?:in|across) the pilot|before|previously"
    r"|(?:a|per|each|every|the) (?:quarter|month|year)|(?:after|since) (?:launch|go[- ]live|rollout|release)|q[1-4]|annuali[sz]ed|a year|annually|monthly|weekly)\b"
)
ATTRIBUTION_DOUBT = rx(
    r"\b(?:not (?:\w+ ){0,3}sure how much (?:of (?:that|it|this) )?(?:was|is|came)|hard to (?:attribute|isolate|say how much|separate)|can['’]?t (?:really )?(?:attribute|isolate|separate)"
    r"|(?:other|several|many) (?:things|changes|factors) (?:\w+ ){0,3}(?:at the same time|around the same time|contributed)|shipped (?:around|at) the same time|confound\w*)\b"
)
UNCLAIMABLE = rx(
    r"\b(?:as a whole|the agency|the government|national target|nationally|the (?:whole|entire) (?:service|programme|program|department|sector)|that year|the company['’]?s?|company['’]s|on the platform|platform[- ]wide|across the (?:company|business|org\w*|platform|group)|(?:ceo|cfo|cto|leadership|execs?) (?:mentioned|highlighted|cited|told|said|credited)"
    r"|(?:whole|entire) (?:\w+ )?(?:network|company|business|org\w*|region|industry|market)|company[- ]wide|company (?:grew|revenue|growth)|the (?:whole|entire|overall) (?:company|business|org\w*)|overall (?:company|business|revenue|growth)"
    r"|(?:projected|expected|estimated|forecast(?:ed)?|anticipated|should|would|could|will|might|potential(?:ly)?|on track|aim(?:ed|ing)? to|target(?:ed|ing)? to|hope to) (?:to )?(?:\w+ )?(?:save|increase|reduce|cut|grow|bring|deliver|generate|improve|be worth|add|lift)"
    r"|(?:another|other|the \w+) team['’]?s? (?:result|model|number|win)|(?:that|this) was (?:the|another) \w+ team|not (?:directly|just) (?:from|because of) (?:my|our)|part of (?:a|the) (?:bigger|larger|broader)"
    r"|hard to (?:attribute|isolate|say how much)|can['’]?t (?:really )?(?:attribute|isolate))\b"
)
VAGUE_OUTCOME = rx(
    r"\b(?:happy|pleased|thrilled|loved (?:it|the)|big (?:win|success|improvement|impact)|huge (?:win|success|impact|improvement)|success(?:ful)?|well[- ]received"
    r"|positive (?:feedback|impact|results?|response)|made a (?:big |real |huge )?difference|good results|great results|really helped|helped (?:a lot|them|the)"
    r"|improv(?:ed|ement)s? (?:a lot|significantly|noticeably|quite a bit|things)|significant(?:ly)? (?:improv\w+|better|reduc\w+|increas\w+|impact)|much better|a lot better"
    r"|helped (?:a bit|a little|somewhat|some)|it helped|(?:seemed|seems) (?:to help|useful|better)|worked (?:well|great|nicely)|valuable|impactful|moved the needle|better (?:results|decisions|experience)|it paid off|saved (?:a lot|time|money)|went (?:really )?well)\b"
    # A business quantity told moving, without a number: "returns went down a bit", "churn dropped".
    r"|\b(?:returns|refunds|churn|complaints|tickets|costs?|losses|fraud|errors|sales|revenue|conversions?|signups|bookings|retention|engagement)"
    r" (?:\w+ )?(?:went (?:down|up)|dropped|fell|rose|grew|improved|decreased|increased|came down|shrank)\b"
)

# --- reflection -----------------------------------------------------------------------------

_SELF_VERB = (
    r"(?:underestimat\w*|overestimat\w*|overlook\w*|forgot|misjudg\w*|misread|neglect\w*|ignor(?:ed|ing)|rush(?:ed)?|skipp(?:ed)?|leak(?:ed)?"
    r"|assum(?:ed|ing)|overfit\w*|optimi[sz]ed for the wrong|got (?:\w+ ){0,3}wrong|was wrong|were wrong|had (?:\w+ ){0,2}wrong|blew|botched"
    r"|should(?:n['’]?t| not)? have|shoulda|could have (?:caught|avoided|prevented|checked|tested|asked|spotted|seen)|ought to have"
    r"|failed to|messed up|screwed up|dropped the ball|missed|made (?:a|the|one|two|an|that|this) (?:\w+ ){0,2}(?:mistake|error|wrong call|bad call)"
    r"|(?:thought|figured) (?:\w+ ){0,5}(?:was|were|would be) (?:enough|fine|ok|okay|good enough|safe)|signed off (?:\w+ ){0,4}without"
    r"|(?:launched|shipped|released|deployed) (?:\w+ ){0,3}without (?:\w+ )?(?:asking|checking|testing|validating|looking)"
    r"|wasn['’]?t (?:careful|thorough|rigorous|paying attention)|(?:did not|didn['’]?t|never|hadn['’]?t) (?:\w+ ){0,1}(?:check|test|validate|verify|think (?:about|to|of|through|hard)"
    r"|realis|realiz|consider|talk|involve|ask|push|insist|account|look (?:at|into)|catch|notice|plan|anticipate|question|document|include|monitor|measure|spend"
    r"|bother|communicate|loop|bring|pay attention)\w*)"
)
_ADVERBS = r"(?:\s+(?:\w+ly|just|also|then|still|totally|completely|simply|really|probably|honestly|initially|originally|at first|basically|kind of|sort of)){0,2}"
OWNED_MISTAKE = rx(
    r"\bmy (?:\w+ )?(?:mistake|error|fault|blunder|oversight|failure|miss|bad|misstep|blind spot)s?\b"
    r"|\bmy (?:own )?(?:call|decision|idea|choice|design|plan|recommendation|assumption)\b[^.]{0,50}\b(?:wrong|a mistake|a bad one|backfired|didn['’]?t (?:work|hold)|failed)\b"
    r"|\b(?:was|is|['’]s) (?:all |entirely |squarely |really )?on me\b|\b(?:that|this|it|which|the (?:mistake|error|miss|failure|call|blame))(?: one)?(?: was| is|['’]s) (?:all |entirely )?mine\b|\bi(?:['’]d| would) own\b|\bi take (?:the |full )?(?:blame|responsibility)\b|\bmy (?:own )?doing\b"
    r"|\b(?:mistake|error|thing) (?:that )?i (?:made|own|got wrong|would own|regret)\b|\bi regret\b|\blearn(?:ed|t) (?:\w+ ){0,2}the hard way\b"
    # The fault found in one's own work or time: "a bug in my pipeline", "a hole in my assumptions",
    # "a better use of my effort".
    r"|\b(?:bugs?|mistakes?|errors?|flaws?|holes?) (?:in|of) my (?:own )?(?:\w+ )?(?:code|implementation|pipeline|script|port|setup|approach"
    r"|thinking|reasoning|logic|analysis|assumptions?|plan|design)\b|\bbetter use of my (?:time|effort|days|weeks)\b"
    r"|\bi" + _ADVERBS + r"\s+" + _SELF_VERB + r"\b"
    # A retrospective frame puts the act that follows under judgement: "looking back, I pushed it".
    r"|\b(?:looking back|in hindsight|in retrospect|with hindsight|in the cold light of day)[,:]?\s+i" + _ADVERBS + r"\s+(?!think|guess|believe|feel|would|could|might|can|am|have)\w+"
    # An attempt of one's own that did not work: "I tried X, but it did not help", "I failed to Y".
    r"|\bi (?:(?:also|first|then|initially|have|had|even) )*(?:tried|attempted|experimented with|bet on|went with) [^.]{1,120}?\b(?:but|and|which) (?:it |this |that |they )?(?:didn['’]?t|did not|never|wouldn['’]?t|couldn['’]?t|failed to) (?:really )?(?:work|help|improve|converge|pan out|scale|hold)"
    r"|\bi (?:(?:also|first|then|initially|have|had|even) )*(?:tried|attempted) [^.]{1,120}?\b(?:performed|worked|did|came out|scored) (?:a bit |slightly |much |far |a lot )?worse"
    r"|\bi (?:\w+ly )?failed (?:to|at|in|this|that|those)\b|\bi did (?:quite |pretty |really |very |rather )?(?:badly|poorly)\b|\bi (?:got|was) (?:dazzled|seduced|carried away|overconfident|too ambitious|fanatical|stubborn)\b"
    # One's own first attempt judged: "my first version was too slow", "my initial split turned out wrong".
    r"|\bmy (?:very )?(?:first|initial|original|early|earlier|old|naive|first-pass)\s+(?:[\w-]+\s+){0,6}?(?:was|were|turned out(?: to be)?|proved)"
    r"\s+(?:\w+\s+)?(?:too \w+|inefficient|wrong|flawed|naive|overkill|a mistake|a waste|useless|broken|poor|slow|messy|fragile|buggy|overcomplicated|over-engineered)\b"
    # Time or a choice of one's own called wasted or wrong: "I wasted a week on", "I picked the wrong one".
    r"|\bi" + _ADVERBS + r"\s+(?:wasted|sank|burned|burnt|blew|squandered) (?:\w+ ){0,4}?(?:days?|weeks?|months?|hours?|time|effort|budget)\b"
    r"|\bi" + _ADVERBS + r"\s+(?:picked|chose|used|went with|took|made|submitted|bet on|trusted|optimi[sz]ed) (?:\w+ ){0,3}?wrong\b"
    r"|\bi(?:['’]m| am| was| have been|['’]ve been) (?:\w+ )?guilty of\b"
    # Owned by a possessive after the noun: "one mistake of mine", "a failure on my part".
    r"|\b(?:mistake|error|blunder|misstep|oversight|failure|miss|fault)s? (?:of mine|on my part)\b"
    # The cause found at home: "before I realised it was my labels", "the bug turned out to be in my code".
    r"|\bi (?:\w+ )?reali[sz]\w* (?:that )?(?:it|the (?:problem|issue|bug|cause|error)) (?:was|had been) (?:in |with )?my (?:own )?\w+"
    r"|\b(?:problem|issue|bug|cause|error) (?:was|turned out to be|had been) (?:in |with )?my (?:own )?(?:code|labels|data|join|pipeline|script|query|split|setup)\b"
    # Self-criticism by degree: "I shipped it too early", "I waited far too long"; not a view of what
    # others did ("I think they fly too high").
    r"|\bi" + _ADVERBS + r"\s+(?!think|thought|guess|believe|feel|felt|heard|know|knew|said|saw)"
    r"(?:(?!they\b|he\b|she\b|we\b|you\b|not\b|never\b)\w+\s+){1,5}?(?:far |way |much )?too (?:early|late|soon|fast|quickly|long|much|little|far|hard|optimistic|confident"
    r"|high|low|big|large|small|aggressive|aggressively|loose|tight|strict|lenient|generous|wide|narrow)\b"
)
WE_MISTAKE = rx(
    r"\b(?:we|our team)" + _ADVERBS + r"\s+" + _SELF_VERB + r"\b|\bour (?:\w+ )?(?:mistake|error|blind spot|failure)\b"
)
OWN_CHANGE = rx(
    r"\b(?:(?:on|in|for|with) (?:the|my|our|every) next (?:project|model|launch|one|rollout|job|role|team)|(?:in|on|for) every (?:\w+ )?(?:project|model|launch|system|job) since|what i (?:changed|do now|do differently)|(?:anything|everything|every \w+) (?:i|we) (?:run|build|ship|launch|own|do) now"
    r"|now (?:part of|on|in) (?:my|our|the) (?:\w+ )?(?:checklist|process|template|playbook|runbook)|(?:i|we) (?:now )?(?:always|never) (?:\w+ )?(?:check|test|run|start|ship|launch|ask|involve|build|replay|keep|hold|let)|since then|ever since|from then on|from that (?:day|point|project) on|these days|nowadays|today,? i|going forward|from now on|next time|in future|in the future"
    r"|now,? (?:i|we|every|before|whenever|any|all|each|no)|i now|we now|i always|i never again|i (?:have|['’]ve) (?:since|started|made it a|changed|added|stopped)"
    r"|if i (?:did|do|were to do|could do|had to do|ran) (?:it|this|that|the project) (?:again|over)|if i (?:did|do) it again|doing it again|do it again|done differently"
    r"|next time|i would (?:now |instead |definitely |first |also |\w+ly )?(?:start|check|run|involve|talk|build|set|add|test|validate|insist|push|ask|measure|monitor|plan|spend|do|bring|get|make|write|replay|look|put|require|hold|keep|agree|split|include|define|use)"
    r"|i['’]d (?:start|check|run|involve|talk|build|set|add|test|validate|insist|push|ask|measure|monitor|plan|spend|do|bring|get|make|write|replay|look|put|require|hold|keep|agree|split|include|define|use)"
    r"|(?:my|our|the) (?:checklist|playbook|launch (?:checklist|process)|template|runbook|process) now|the lesson (?:i took|for me|was|is)|(?:taught|teaches) me (?:to|that)|i learn(?:ed|t) to"
    r"|lesson (?:learned|learnt)?:|what i do now|i make sure|i insist on|i push for|i (?:now )?(?:build|start|run|add|ask|check) (?:\w+ ){0,3}(?:first|before|upfront|up front|early))\b"
)
# Markers of time that OWN_CHANGE also matches: after an owned mistake they say what changed; on
# their own ("since then, I have seen many teams") they are narration, not a lesson.
TIME_ONLY = rx(r"(?:since then|ever since|these days|nowadays|today,? i|in (?:the )?future)")
PLATITUDE = rx(
    r"\b(?:learn(?:ed|t)? (?:a lot|so much|many things|a ton)|always (?:room|something) (?:for|to) (?:improve|learn)|(?:always|many|lots of|a lot of|plenty of|some) (?:things|lessons|stuff) to (?:learn|improve)|communication (?:is|was) (?:key|important|everything)"
    r"|learning experience|good experience|valuable experience|grew a lot|every project (?:teaches|is)|you always learn|nothing is perfect|hindsight is 20/20"
    r"|more time|time (?:constraints?|pressure)|tight (?:deadline|timeline)|if we had (?:more|had)|requirements (?:changed|kept changing|were unclear))\b"
)
DENIAL = rx(
    r"\b(?:nothing (?:really |major |much |significant |big |serious |important )?(?:went wrong|failed|to (?:change|regret)|i would change|comes to mind)|(?:i |we )?(?:wouldn['’]?t|would not) (?:really )?change (?:anything|much|a thing)"
    r"|can['’]?t (?:really )?think of (?:anything|a (?:failure|mistake)|any)|(?:no|not any|didn['’]?t have any) (?:real |major |big |significant )?(?:failures?|mistakes?|regrets?|problems)"
    r"|(?:it|everything|the project) (?:all )?went (?:well|smoothly|fine|great|according to plan)|wasn['’]?t (?:really )?(?:a|my) (?:failure|mistake|fault)|not (?:really )?a (?:failure|mistake)"
    r"|honestly,? (?:it was|pretty much) (?:a success|fine|smooth)|(?:minor|small|tiny) (?:thing|issue|hiccups?|stuff)|not a big deal|no big deal|it was fine in the end"
    r"|don['’]?t (?:really )?(?:think|believe) (?:there was|anything|i made|we made)|i stand by|i did (?:everything|what i could)|i wouldn['’]?t do anything differently|went as (?:planned|expected)|(?:make|made) the same (?:calls?|decisions?|choices?)|wouldn['’]?t call (?:it|any of it|that|this) a (?:failure|mistake)|don['’]?t think (?:there was|i made|we made) (?:a|any) (?:mistake|failure)|proud of (?:how|the way))\b"
)

# --- blame ----------------------------------------------------------------------------------

BLAME_TARGET = rx(
    r"\b(?:the |our |their )?(?:data (?:team|engineers?|engineering|platform)|infra(?:structure)?(?: team)?|platform(?: team)?|product(?: team| managers?| side| folks| people)?|pms?"
    r"|management|leadership|the business|business side|stakeholders|ops(?: team)?|operations|vendor|client|labell?ers|annotators|contractors|qa|backend(?: team)?"
    r"|frontend(?: team)?|devops|sre|it department|security team|legal|compliance|other teams?|another team|the \w+ team|they|them|someone else|upstream(?: team)?)\b"
)
BLAME_PREDICATE = rx(
    r"\b(?:didn['’]?t|did not|never|wouldn['’]?t|refused|failed to|kept chang\w+|changed (?:the )?(?:requirements|scope|priorities)|delay\w*|late|blocked|broke|messed|dropped"
    r"|gave us (?:bad|wrong|late|dirty|incomplete|no)|(?:was|were) (?:slow|late|wrong|sloppy|unresponsive|not ready|responsible|to blame|unclear|useless)|fault|blame|dumped|ignored"
    r"|(?:bless|love) them|to be fair to them|not (?:my|our) (?:fault|call|problem|responsibility|decision)|out of (?:my|our) (?:hands|control)|nothing (?:i|we) could (?:do|have done))\b"
)
BLAME_SELF = rx(
    r"\b(?:(?:wasn['’]?t|not|isn['’]?t) (?:really )?(?:a |an )?(?:\w+ )?(?:our|my|a model|a modell?ing|the model['’]s|an? ml) (?:problem|issue|fault|side|call)"
    r"|(?:wasn['’]?t|not|isn['’]?t) (?:really )?(?:something )?on (?:our|my) side|only so much (?:\w+ ){0,3}can do|(?:was|is) (?:really )?(?:a|an) \w+ (?:issue|problem) more than"
    r"|(?:was|were|is|came from|happened|sat|lay|problem|issue|fault|delay|mistake) (?:\w+ ){0,2}on (?:their|the \w+(?: \w+)?) side|came down to (?:the )?(?:labels|data|vendor|them|their|the \w+ team)|without (?:telling|asking|consulting|warning) (?:us|me|anyone|\w+)"
    r"|(?:their|the) (?:\w+ ){0,2}(?:feeds?|data|labels?|inputs?|annotations?|fields?) (?:were|was) (?:\w+ ){0,2}(?:late|wrong|bad|missing|broken|messy|a mess|garbage|poor|quite)"
    r"|(?:can|could) only use what (?:they|we were) g[ia]ve|not really our problem|out of (?:our|my) hands"
    r"|(?:not|wasn['’]?t|isn['’]?t) (?:a lot|much|anything|really anything) (?:i|we) could (?:do|have done)|wasn['’]?t (?:really )?on (?:our|my) side|not my fault|not our fault|out of my (?:hands|control)|nothing i could (?:do|have done)|wasn['’]?t (?:up to|my call|my decision|in my control)|beyond my control"
    r"|(?:tight|unrealistic|aggressive) (?:deadline|timeline)s? (?:meant|made|forced)|we (?:simply )?didn['’]?t have (?:the )?time|no time to)\b"
)
OWN_RESPONSE = rx(
    r"\b(?:so i|i then|then i|i (?:started|built|wrote|set up|added|proposed|pushed|worked with|sat down|went to|reached out|asked|fixed|rebuilt|created|organi[sz]ed|took|made sure)|i should have|my part|on me|i own)\b"
)

DEFENSIVE = rx(
    r"\b(?:honestly,? not (?:much|a lot)|^not (?:much|a lot)|the model (?:was|is) (?:right|fine|correct)|(?:wouldn['’]?t|don['’]?t) say there was anything|numbers speak for themselves"
    r"|you can always polish|i don['’]?t think there was a mistake|nothing (?:\w+ )?to do differently|that wasn['’]?t really a|it worked\.?$"
    r"|wasn['’]?t (?:really )?(?:a|my) (?:failure|mistake|fault)|not (?:really )?(?:a )?failure|honestly,? (?:nothing|not much)|it was fine|i wouldn['’]?t (?:change|do anything)"
    r"|(?:^|in principle,? |honestly,? |really,? |overall,? )nothing (?:serious|major|big|dramatic|significant|much)\b|(?:wouldn['’]?t|would not|won['’]?t) (?:really )?(?:do|change) (?:anything|much|a thing) (?:\w+ )?differently"
    r"|i stand by|i did (?:everything|what i could)|(?:that|it)['’]?s (?:just )?how it (?:is|goes)|it happens|these things happen|(?:minor|small|tiny) (?:thing|issue|hiccups?)|not a big deal|no big deal"
    r"|i don['’]?t (?:really )?see (?:it|that) as|i['’]?d rather (?:talk|focus) (?:about|on)|(?:anyway|anyways),? (?:the|what)|if anything,? (?:it was|the problem was) (?:them|the)|i['’]?m not sure (?:that['’]?s|it was) (?:fair|a failure))\b"
)

CAUSAL = rx(
    r"\b(?:so (?:i|we)|when (?:i|we|it)|after (?:we|i) (?:saw|noticed|found|spotted)|which (?:led|prompted|made)|that (?:led|prompted|made)"
    r"|in response|because of (?:that|this|it)|as a result|that['’]s (?:when|why)|then (?:i|we)|we (?:then|immediately)|i (?:then|immediately))\b"
)
# The candidate left right after launch, or says they never saw what happened: a later claim of
# vigilance then contradicts it.
LEFT_PROJECT = rx(
    r"\b(?:moved|rotated|went back|got pulled|was pulled|switched|transferred|handed (?:it )?(?:over|off)|left)\b[^.]{0,60}"
    r"\b(?:(?:the )?(?:day|week|days|weeks) after|right after|straight after|soon after|just after|as soon as)\b[^.]{0,30}\b(?:launch\w*|go[- ]live|release|rollout|it went live|shipp\w+|deploy\w*)"
    r"|\bi never (?:really )?(?:saw|looked at|checked|followed|heard|found out) (?:how|what|whether|if|the (?:numbers|results|metrics))\b"
    r"|\b(?:couldn['’]?t|can['’]?t|cannot) (?:really )?(?:tell|say) (?:you )?(?:how|what|whether)|\bmy (?:involvement|part|role) ended\b"
)

RESULT_MARKER = rx(
    r"\b(?:result\w*|outcome\w*|impact|in the end|overall|after (?:launch|go[- ]live|rollout|release|it went live|we launched)|since (?:launch|then|go[- ]live)"
    r"|compared (?:to|with)|against (?:the |a )?(?:control|holdout|baseline|old|previous|prior)|versus|vs\.?|a/?b|holdout|control (?:group|stores|arm|region)|thanks to|because of (?:the|it|this))\b"
)
# Numbers told as a production alarm (what monitoring caught), not as an outcome.
ALARM = rx(
    r"\b(?:psi|drift\w*|alert (?:fired|went off|triggered|tripped)|paged|(?:i|we) (?:saw|noticed|spotted|caught|detected)|(?:saw|noticed|spotted|detected) that|spik(?:e|ed|ing)|crept|creeping|jumped to|tripled|made no sense|went wrong|broke)\b"
    r"|\b(?:in|around|by|on) (?:week|month|day) \w+|\bin (?:january|february|march|april|may|june|july|august|september|october|november|december)\b[^.]{0,40}\b(?:jumped|rose|fell|dropped|went)"
)
# Where a number was measured when it is not a business or user outcome.
TECH_CONTEXT = rx(
    r"\b(?:test set|test calls|offline|held[- ]out|holdout set|hold-out set|backtest\w*|validation|benchmark|eval(?:uation)? set|in (?:the )?notebook|on (?:the )?(?:dev|test|eval) (?:set|data))\b"
)
SHORTFALL = rx(
    r"\b(?:could not|couldn['’]?t|can['’]?t|cannot|wasn['’]?t able|were not able|failed to|did not|didn['’]?t) (?:be |get |\w+ )?(?:matched|found|used|covered|processed|linked|handled|reached|scored)\b"
)
PAST_PERFECT = rx(
    r"\b(?:was|were) (?:running|sitting|stuck|hovering) (?:at|around|about|\d)|\bhad (?:been |already |just |nearly |almost )?(?:\w+ed|grown|fallen|risen|gone|become|doubled|tripled|crept|climbed)\b"
)
