"""A chat with the interviewer graph, answered step by step (shared by the graph and agreement tests)."""

from __future__ import annotations

from langgraph.checkpoint.memory import InMemorySaver
from langgraph.types import Command

from agent.interview.context import InterviewContext, recursion_limit
from agent.interview.graph import build_graph


class Session:
    """One thread of the graph, answered step by step."""

    def __init__(self, backend, max_followups: int = 6, **ctx) -> None:
        self.graph = build_graph(InMemorySaver())
        self.ctx = InterviewContext(backend=backend, max_followups=max_followups, **ctx)
        self.cfg = {"configurable": {"thread_id": "t1"}, "recursion_limit": recursion_limit(max_followups)}
        self.out = self.graph.invoke({"session_id": "t1"}, self.cfg, context=self.ctx)

    @property
    def question(self) -> dict | None:
        interrupts = self.out.get("__interrupt__")
        return interrupts[0].value if interrupts else None

    def reply(self, text: str) -> dict | None:
        self.out = self.graph.invoke(Command(resume=text), self.cfg, context=self.ctx)
        return self.question

    @property
    def state(self) -> dict:
        return self.graph.get_state(self.cfg).values
