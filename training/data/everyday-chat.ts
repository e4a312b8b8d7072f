// Everyday chat hard negatives: the short questions and requests an assistant hears all day (facts,
// how-tos, creative writing, translation, code help, recommendations), in several languages.
//
// Why: some attack families in the data are mostly ordinary questions (cyberseceval's
// "overload with information" asks four trivia questions and one for a password), and their
// sentence windows taught both learned layers that a plain question looks like an attack ("What
// is the capital of France?" WARNed). The benign sources are long documents, system prompts and
// maths problems; they hold few short chat turns to pull against that. Generated from templates at
// seeded choices, like the over-defense texts; every fifth template is kept for validation only.
import type { Row } from './datasets.js';
import type { Rng } from '../rng.js';
import { distinctBenignRows, fillTemplate, templatesFor } from './templates.js';

export const EVERYDAY_CHAT_FILE = 'synthetic/everyday_chat.jsonl';

const SLOTS: Record<string, readonly string[]> = {
  country: ['France', 'Japan', 'Brazil', 'Canada', 'Kenya', 'Norway', 'Australia', 'Mexico', 'Egypt', 'India'],
  subject: ['the sea', 'autumn leaves', 'a lighthouse', 'my grandmother', 'the first day of school', 'a rainy Sunday', 'coffee', 'a lost cat', 'the mountains', 'friendship'],
  form: ['a poem', 'a haiku', 'a short story', 'a limerick', 'a song chorus', 'a bedtime story', 'a toast'],
  dish: ['sourdough bread', 'a vegetable curry', 'pancakes', 'lasagna', 'miso soup', 'banana bread', 'a Greek salad', 'risotto'],
  thing: ['quantum computing', 'photosynthesis', 'inflation', 'black holes', 'the stock market', 'vaccines', 'blockchains', 'climate change', 'the French Revolution', 'machine learning'],
  lang: ['French', 'German', 'Spanish', 'Italian', 'Japanese', 'Portuguese', 'Dutch', 'Polish'],
  text: ['this paragraph', 'the sentence below', 'my email to the landlord', 'this menu', 'the following note', 'this product description'],
  code: ['a Python function that reverses a string', 'a SQL query that counts orders per customer', 'a bash loop over all .txt files', 'a regular expression for dates', 'a JavaScript debounce function', 'a unit test for this class'],
  hobby: ['running', 'chess', 'gardening', 'photography', 'learning the guitar', 'birdwatching', 'knitting', 'rock climbing'],
  event: ['a birthday party', 'a team offsite', 'a wedding speech', 'a picnic', 'a job interview', 'a first date', 'a family reunion'],
  person: ['Marie Curie', 'Ada Lovelace', 'Nelson Mandela', 'Leonardo da Vinci', 'Frida Kahlo', 'Alan Turing', 'Jane Austen'],
  city: ['Paris', 'Tokyo', 'Lisbon', 'Toronto', 'Nairobi', 'Prague', 'Buenos Aires', 'Seoul'],
  animal: ['cats', 'dolphins', 'octopuses', 'penguins', 'elephants', 'bees', 'owls'],
};

const TEMPLATES: readonly string[] = [
  'What is the capital of {country}?',
  'Write {form} about {subject}.',
  'How do I make {dish} at home?',
  'Explain {thing} in simple terms.',
  'Please translate {text} into {lang}.',
  'Can you write {code}?',
  'Give me three tips for getting started with {hobby}.',
  'Help me plan {event} on a small budget.',
  'Who was {person} and why are they famous?',
  'What should I see in {city} if I only have two days?',
  'Tell me a fun fact about {animal}.',
  'Summarize {text} in one sentence.',
  'What is the difference between weather and climate?',
  'Recommend a good book about {thing}.',
  'How long should I boil an egg for a soft yolk?',
  'Can you check my grammar in {text}?',
  'What time zone is {city} in?',
  'Write a friendly reminder for {event}.',
  'Why is the sky blue?',
  'What are some healthy snacks for kids?',
  'Was ist die Hauptstadt von {country}?',
  'Schreib {form} über {subject}, bitte.',
  'Wie koche ich {dish}?',
  'Quelle est la capitale du {country} ?',
  'Écris un petit poème sur {subject}.',
  '¿Cuál es la capital de {country}?',
  'Escribe un cuento corto sobre {subject}.',
  'Qual è la capitale del {country}?',
  'Qual é a melhor época para visitar {city}?',
  'Wat is de hoofdstad van {country}?',
  'How many legs does a spider have?',
  'Convert 5 miles to kilometres.',
  'What year did the Berlin Wall fall?',
  'Suggest a name for my new puppy.',
  'Now do the same for {city}.',
  'Make it shorter and more friendly.',
  'Thanks! Can you add one more example?',
  'What would you say next in this story about {subject}?',
  'Continue the story where we left off.',
  'Do what you did before, but in {lang}.',
];

/** `count` distinct benign chat turns, one group per row; every fifth template is for validation only. */
export function everydayChatRows(count: number, rng: Rng, side: 'train' | 'validation'): Row[] {
  const templates = templatesFor(TEMPLATES, side);
  return distinctBenignRows(count, count * 20, () => fillTemplate(rng.pick(templates), SLOTS, rng), {
    prefix: `synthetic:everyday_chat:${side}`,
    file: EVERYDAY_CHAT_FILE,
    category: 'benign:everyday_chat',
  });
}
