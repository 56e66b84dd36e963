// The test cards of api.md, shown unless the app was built for production (VITE_BAZAAR_ENV=production).
import { testCards } from '../format/card.ts';

/** A note listing the test cards; nothing in production. */
export function TestCardHint() {
  if (import.meta.env.VITE_BAZAAR_ENV === 'production') return null;
  return (
    <div class="hint-box" role="note" aria-label="Test cards">
      <strong>This is a demo store: no real card is charged.</strong> Test cards, any future expiry and any
      CVC:
      <ul>
        {testCards.map((card) => (
          <li key={card.number}>
            <code>{card.number}</code> {card.outcome}
          </li>
        ))}
      </ul>
    </div>
  );
}
