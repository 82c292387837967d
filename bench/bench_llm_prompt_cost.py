"""Tokens per transcript for the two grading designs: one call per transcript vs one per layer.

Counts what each design sends (system prompt rendered from the rubric + the fenced transcript)
and estimates what it gets back, at ~4 characters per token (OpenAI's rule of thumb for English;
no tokenizer is needed offline). Prices from Settings (OWNERSHIP_PRICE_INPUT/OUTPUT).

    python bench/bench_llm_prompt_cost.py
"""

from __future__ import annotations

import json

from agent.config import Settings
from agent.llm.prompt import grading_messages, system_prompt
from agent.models import Transcript
from agent.rubric import LAYERS

CHARS_PER_TOKEN = 4
# A LayerAnswer as a careful model writes it: two quotes and a two-sentence rationale.
LAYER_REPLY = json.dumps(
    {
        "quotes": ["Our chargeback rate had doubled in two quarters", "I reframed the target with the risk team"],
        "rationale": "A concrete business problem with a number, and the candidate reshaped the target with "
        "stakeholders, which meets the top anchor.",
        "score": 3,
    }
)
SENTENCE = "After launch I watched precision per region every week and retrained when one region drifted. "


def tokens(text: str) -> int:
    return round(len(text) / CHARS_PER_TOKEN)


def story(words: int) -> Transcript:
    per = len(SENTENCE.split())
    text = SENTENCE * max(1, words // per)
    return Transcript(id="t", turns=[{"role": "interviewer", "text": "Tell me."}, {"role": "candidate", "text": text}])


def prompt_tokens(transcript: Transcript, layers: tuple[str, ...]) -> int:
    return sum(tokens(m["content"]) for m in grading_messages(transcript, system_prompt(layers)))


def main() -> None:
    settings = Settings()
    print(f"{'transcript':>12} | {'per transcript (1 call)':>26} | {'per layer (6 calls)':>26} | ratio")
    for words in (300, 1000, 2500):
        t = story(words)
        one_in = prompt_tokens(t, LAYERS)
        one_out = tokens(LAYER_REPLY) * 6 + 10
        six_in = sum(prompt_tokens(t, (layer,)) for layer in LAYERS)
        six_out = tokens(LAYER_REPLY) * 6 + 6 * 10
        cost_one = (one_in * settings.price_input + one_out * settings.price_output) / 1e6
        cost_six = (six_in * settings.price_input + six_out * settings.price_output) / 1e6
        print(
            f"{words:>6} words | {one_in:>6} in + {one_out:>4} out ${cost_one:.5f} | "
            f"{six_in:>6} in + {six_out:>4} out ${cost_six:.5f} | {cost_six / cost_one:.1f}x"
        )
    print(f"prices: ${settings.price_input}/${settings.price_output} per million tokens ({settings.model})")


if __name__ == "__main__":
    main()
