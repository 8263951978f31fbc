## Training: the trainer's page
nav-training = Training
training-title = Training
training-intro = Present chapters as slides, run case studies step by step, quiz the room and print handouts. Press F5 on any chapter to present it.
training-present = Present a chapter
training-present-hint = Slides made from the chapter: one idea per line, boxes and case studies on their own slides. Full screen; Esc leaves.
training-cases = Run a case study
training-cases-hint = The scenario first, then each question for discussion, then the model answer.
present-chapter = ▶ Present (F5)
present-chapter-hint = Show this chapter as slides, full screen
case-run = ▶ Run “{ $title }” as slides

## Presenting
show-previous = Previous slide
show-next = Next slide
show-counter = Slide { $n } of { $total }
show-overview = All slides
show-overview-close = Back to the slide
show-presenter = Presenter view
show-presenter-close = Close presenter view
show-presenter-title = Presenter view
show-leave = End the presentation
show-keys = → Space PgDn: next · ← PgUp: back · G: all slides · B: blank · F6: presenter view · Esc: end
show-draws-on = Read more
show-clock = Time now
show-elapsed = Elapsed { $time }
show-current = Now showing
show-next-slide = Next
show-end = End of the presentation
show-notes = Speaker notes
show-notes-key-points = Key points of this section
show-notes-sources = Sources

## Quiz
quiz = Quiz
quiz-hint = Multiple-choice and true/false questions on the chapters, each with the right answer explained. Nothing about who answered is stored.
quiz-on = Questions on:
quiz-mixed = All chapters, mixed
quiz-all-chapters = All chapters
quiz-count = Number of questions:
quiz-start = Start the quiz
quiz-private = The quiz keeps no names and no scores after you leave it.
quiz-leave = Leave the quiz
quiz-position = Question { $n } of { $total }
quiz-score-so-far = { $right ->
    [one] { $right } right so far
   *[other] { $right } right so far
}
quiz-true = True
quiz-false = False
quiz-right = Right.
quiz-wrong = Not quite: the right answer is { $letter }.
quiz-shown = The right answer is { $letter }.
quiz-read-more = Read more:
quiz-previous = ← Previous question
quiz-show-answer = Show the answer
quiz-next = Next question →
quiz-finish = See the result
quiz-keys = Keys: 1–4 or A–D to answer · Enter or → for the next question · ← to go back
quiz-result = { $right } of { $total } right
quiz-unanswered = { $count ->
    [one] { $count } question was not answered.
   *[other] { $count } questions were not answered.
}
quiz-again = Try the same questions again
quiz-new = Choose another quiz
quiz-review = Review: the questions to look at again

## Handouts
handouts = Handouts
handouts-hint = Print a chapter, a checklist as a one-page pocket card, or the quiz with or without the answers, in any language of the handbook.
handouts-language = Language of the handout:
handouts-chapter = Chapter
handouts-card = Pocket card
handouts-with-answers = with the answers
handouts-save-as = { $what } as { $format }
handout-saved = Handout saved to { $file }.
handout-missing = This item is not in the handbook.
handout-footer = { $title }, { $edition }. Printed for training; check the app for the current version.
handout-card-legend = S = strong sign: on its own, reasonable grounds to refer · M = medium: points to trafficking with other signs · G = general: vulnerability or context
handout-quiz-intro = Choose one answer for each question.
handout-quiz-with-answers = With the right answers (✔) and why.
export-cancelled = Nothing was saved: no file was chosen.
