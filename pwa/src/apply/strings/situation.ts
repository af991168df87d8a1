/** Strings of the situation block of the apply form (情形引导 and 点菜). */
export const zh = {
  yourSituation: '您的情况',
  situationLead: '申请表和材料按下面的回答准备；改了回答，表和材料会跟着变。',
  answerFirst: (n: number) => `请先回答下面 ${n} 个问题，再填写申请表。`,
  itemsNotForAnswers: '按您的回答，不用办：',
  changeOnGuide: '查看办事指南',
}

export const en: typeof zh = {
  yourSituation: 'Your situation',
  situationLead: 'The form and the documents follow these answers; change an answer and they follow.',
  answerFirst: (n: number) => `First answer the ${n === 1 ? 'question' : `${n} questions`} below, then fill in the form.`,
  itemsNotForAnswers: 'Not needed, going by your answers: ',
  changeOnGuide: 'See the guide',
}
