"""What a channel keeps of one conversation between questions, as JSON in the chat state
(knowledge.chat_state): the context the next question is read against, and the context each of the last
messages was read against. 重新开始 (`starts_afresh`) clears the context.

The second is for edits: an edited message is read again against the context as it was before that
message, not the one its own first answer left; and it moves the conversation on only when it is the
last message, so editing an old question never changes what later questions were about.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from bot.engine.followup import Context
from bot.engine.question_parts import clean

TURNS_KEPT = 5
"""Messages whose context is kept for their edits; an older message, edited, is read on its own."""
AFRESH_WORDS = frozenset({"重新开始", "从头开始", "重来", "清除上下文", "/reset"})
STARTED_AFRESH = "好的，重新开始：接下来的问题不再接着前面的问题理解。"


def starts_afresh(text: str) -> bool:
    """重新开始 (or /reset): the person starts the conversation afresh; what follows inherits nothing."""
    return clean(text) in AFRESH_WORDS


@dataclass(frozen=True)
class Conversation:
    """One conversation: `context` for the next question; `turns`, (message id, the context it was
    read against) for the last TURNS_KEPT messages, oldest first."""

    context: Context | None = None
    turns: tuple[tuple[int, Context | None], ...] = ()

    def before(self, message: int) -> Context | None:
        """The context a message was read against (None when it is not among the last messages)."""
        return next((context for turn, context in self.turns if turn == message), None)

    def read_against(self, message: int, edited: bool) -> Context | None:
        """The context a message is read against: the conversation's; for an edit, the one before it."""
        return self.before(message) if edited else self.context

    def moved_on(self, message: int, edited: bool, after: Context | None) -> Conversation:
        """The conversation after a message (new or edited) was read and left `after`."""
        if edited:
            return self.edited(message, after)
        return self.asked(message, self.context, after)

    def asked(self, message: int, before: Context | None, after: Context | None) -> Conversation:
        """A new message was read against `before` and left `after`."""
        turns = (*(turn for turn in self.turns if turn[0] != message), (message, before))
        return Conversation(after, turns[-TURNS_KEPT:])

    def edited(self, message: int, after: Context | None) -> Conversation:
        """A message was edited and read again, leaving `after`: the conversation takes it only when
        no message came after that one."""
        last = bool(self.turns) and self.turns[-1][0] == message
        return replace(self, context=after) if last else self

    def chose(self, after: Context | None) -> Conversation:
        """A reading was chosen from an ambiguous answer: the next question follows it."""
        return replace(self, context=after)

    def to_json(self) -> dict[str, Any]:
        return {
            "context": None if self.context is None else self.context.to_json(),
            "turns": [[turn, None if context is None else context.to_json()] for turn, context in self.turns],
        }

    @classmethod
    def from_json(cls, data: object) -> Conversation:
        """The conversation a `to_json` wrote; anything else (nothing yet, an older form) is a new one."""
        if not isinstance(data, dict) or not isinstance(data.get("turns"), list):
            return cls()
        turns = tuple(
            (turn[0], Context.from_json(turn[1]))
            for turn in data["turns"]
            if isinstance(turn, list) and len(turn) == 2 and isinstance(turn[0], int)
        )
        return cls(Context.from_json(data.get("context")), turns)
