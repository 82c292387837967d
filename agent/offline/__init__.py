"""The offline grader: a deterministic reader of ownership that needs no network or model."""
