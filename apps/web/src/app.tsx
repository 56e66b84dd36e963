// The storefront's pages by path (the gateway answers every one of them with index.html).
import { useEffect, useState } from 'preact/hooks';
import { LocationProvider, Route, Router, lazy, useLocation } from 'preact-iso';
import { restoreSession } from './api/auth.ts';
import { Layout } from './components/layout.tsx';
import { Loading } from './components/states.tsx';
import { RequireUser } from './components/require-user.tsx';
import { HomePage } from './pages/home-page.tsx';
import { CategoryPage } from './pages/category-page.tsx';
import { SearchPage } from './pages/search-page.tsx';
import { ProductPage } from './pages/product-page.tsx';
import { CartPage } from './pages/cart-page.tsx';
import { CheckoutPage } from './pages/checkout-page.tsx';
import { OrdersPage } from './pages/orders-page.tsx';
import { OrderPage } from './pages/order-page.tsx';
import { NotificationsPage } from './pages/notifications-page.tsx';
import { LoginPage, SignupPage } from './pages/auth-pages.tsx';
import { AdminProductsPage } from './pages/admin-products-page.tsx';
import { AdminProductPage } from './pages/admin-product-page.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';

// the ops console is its own chunk: shoppers never download it
const OpsPage = lazy(() => import('./pages/ops/ops-page.tsx'));

const signedIn = (Page: () => preact.JSX.Element) => () => (
  <RequireUser>
    <Page />
  </RequireUser>
);
const adminOnly = (Page: () => preact.JSX.Element) => () => (
  <RequireUser admin>
    <Page />
  </RequireUser>
);

/** The whole app: the session restored first, then the page for the address. */
export function App() {
  const [ready, setReady] = useState(false);
  useEffect(() => void restoreSession().finally(() => setReady(true)), []);
  return (
    <LocationProvider>
      <Layout>{ready ? <Pages /> : <Loading />}</Layout>
    </LocationProvider>
  );
}

function Pages() {
  const { path } = useLocation();
  useEffect(() => {
    window.scrollTo(0, 0);
    document.title = `${titleFor(path)} · Bazaar`;
  }, [path]);
  return (
    <Router>
      <Route path="/" component={HomePage} />
      <Route path="/category/:id" component={CategoryPage} />
      <Route path="/search" component={SearchPage} />
      <Route path="/products/:id" component={ProductPage} />
      <Route path="/cart" component={signedIn(CartPage)} />
      <Route path="/checkout" component={signedIn(CheckoutPage)} />
      <Route path="/orders" component={signedIn(OrdersPage)} />
      <Route path="/orders/:id" component={signedIn(OrderPage)} />
      <Route path="/notifications" component={signedIn(NotificationsPage)} />
      <Route path="/login" component={LoginPage} />
      <Route path="/signup" component={SignupPage} />
      <Route path="/admin/products" component={adminOnly(AdminProductsPage)} />
      <Route path="/admin/products/:id" component={adminOnly(AdminProductPage)} />
      <Route path="/ops" component={adminOnly(OpsPage)} />
      <Route default component={NotFoundPage} />
    </Router>
  );
}

const titles: Array<[RegExp, string]> = [
  [/^\/$/, 'Home'],
  [/^\/category\//, 'Category'],
  [/^\/search/, 'Search'],
  [/^\/products\//, 'Product'],
  [/^\/cart/, 'Cart'],
  [/^\/checkout/, 'Checkout'],
  [/^\/orders\/.+/, 'Order'],
  [/^\/orders/, 'Orders'],
  [/^\/notifications/, 'Notifications'],
  [/^\/login/, 'Log in'],
  [/^\/signup/, 'Sign up'],
  [/^\/admin/, 'Admin'],
  [/^\/ops/, 'Operations'],
];

function titleFor(path: string): string {
  return titles.find(([pattern]) => pattern.test(path))?.[1] ?? 'Not found';
}
