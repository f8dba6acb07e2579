"""The Telegram channel: `budgetbot serve` answers the public in Telegram through the answer service (bot.services)."""
