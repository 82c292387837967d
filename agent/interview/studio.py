"""The module-level graph that `langgraph dev` and LangGraph Studio load (see langgraph.json).

The platform supplies its own checkpointer; the context defaults to the offline backend, and
Studio's context form can switch it to "openai" (which then reads the key from the environment).
"""

from agent.interview.graph import build_graph

graph = build_graph()
