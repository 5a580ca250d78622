/** What the bot says when it steps aside; the queue's own system message follows each of these. */
export const BotLines = {
  noAnswer: (): string =>
    "I couldn't find a reliable answer to that in our help center, so I'm bringing in a person from our team.",
  doubtful: (): string => "I haven't been sure about my last answers, so I'm bringing in a person from our team to help.",
  failed: (): string => "I'm having trouble answering right now, so I'm bringing in a person from our team.",
};
