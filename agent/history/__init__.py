"""Practice over time: every graded telling kept in one SQLite file, progress per story, two
tellings compared, and a report to keep or send (Markdown or self-contained HTML)."""
