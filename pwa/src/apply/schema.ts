/**
 * The form schema of an item or bundle as the server sends it (the JSON of `formSchema`, which
 * schema.graphql types as JSON: api/catalog/forms.py writes it), and the values a form holds.
 */
export type FieldType =
  | 'text'
  | 'textarea'
  | 'date'
  | 'phone'
  | 'id_number'
  | 'credit_code'
  | 'number'
  | 'money'
  | 'choice'
  | 'multi_choice'
  | 'address'
  | 'boolean'
  | 'email'

export interface Choice {
  value: string
  name: string
  name_en: string
}

export interface Rules {
  min_length?: number
  max_length?: number
  min?: string
  max?: string
  decimals?: number
  pattern?: string
  pattern_message?: string
  pattern_message_en?: string
  choices?: Choice[]
}

export interface FormField {
  code: string
  name: string
  name_en: string
  type: FieldType
  required: boolean
  rules: Rules
  prefill: string | null
  hint: string | null
  hint_en: string | null
  used_by: string[]
  produced_by: string | null
}

export interface FormSchema {
  code: string
  fields: FormField[]
}

export type Value = string | string[] | boolean

/** How the result is collected (the JSON of `pickup`). */
export interface Pickup {
  method?: 'window' | 'locker' | 'mail'
  window?: string
  hours?: string
  locker?: string
  /** The locker's one-time code: the applicant's only. */
  code?: string
  expiresAt?: string
  carrier?: string
  tracking?: string
}
