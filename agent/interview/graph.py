"""The interviewer as a LangGraph state machine.

    START → open → answer ─┬─ answer given ──→ assess → plan ─┬─ gap to probe → ask → answer
                           ├─ /skip a follow-up ──────→ plan  └─ stop ───────→ grade → report → END
                           ├─ /skip the opener → open
                           └─ /done or end of input → grade (or END before any story)

The loop is bounded in state (planning stops at `max_followups` and caps probes per layer) and
by the explicit `recursion_limit` every caller passes (context.recursion_limit).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from langgraph.graph import END, START, StateGraph

from agent.interview.context import InterviewContext
from agent.interview.nodes import (
    answer_node,
    ask_node,
    assess_node,
    grade_node,
    open_node,
    plan_node,
    report_node,
)
from agent.interview.state import InterviewInput, InterviewState

if TYPE_CHECKING:
    from langgraph.graph.state import CompiledStateGraph
    from langgraph.types import Checkpointer


def after_answer(state: InterviewState) -> Literal["assess", "plan", "open", "grade", "__end__"]:
    """Where a reply leads: an answer is assessed, a skip re-plans, /done ends the interview."""
    reply = state.get("last_reply")
    if reply == "answer":
        return "assess"
    if reply == "skip":
        return "plan" if any(t["role"] == "candidate" for t in state["turns"]) else "open"
    return "grade" if state.get("status") == "stopped" else "__end__"  # END is "__end__", typed as plain str


def after_plan(state: InterviewState) -> Literal["ask", "grade"]:
    return "ask" if state["plan"]["target"] else "grade"


def build_graph(
    checkpointer: Checkpointer = None,
) -> CompiledStateGraph[InterviewState, InterviewContext, InterviewInput, InterviewState]:
    """The compiled interviewer; pass a checkpointer (InMemorySaver, SqliteSaver) to resume sessions."""
    g = StateGraph(InterviewState, context_schema=InterviewContext, input_schema=InterviewInput)
    g.add_node("open", open_node)
    g.add_node("answer", answer_node)
    g.add_node("assess", assess_node)
    g.add_node("plan", plan_node)
    g.add_node("ask", ask_node)
    g.add_node("grade", grade_node)
    g.add_node("report", report_node)
    g.add_edge(START, "open")
    g.add_edge("open", "answer")
    g.add_conditional_edges("answer", after_answer)
    g.add_edge("assess", "plan")
    g.add_conditional_edges("plan", after_plan)
    g.add_edge("ask", "answer")
    g.add_edge("grade", "report")
    g.add_edge("report", END)
    return g.compile(checkpointer=checkpointer, name="interviewer")
