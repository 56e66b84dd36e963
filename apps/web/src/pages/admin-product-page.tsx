// The admin's form to create a product or edit one, with its stock on hand.
import { useEffect, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { shop } from '../api/shop-api.ts';
import { admin } from '../api/admin-api.ts';
import { ApiError } from '../api/api-error.ts';
import { useResource } from '../hooks/use-resource.ts';
import { Field } from '../components/field.tsx';
import { ErrorNote, Loading } from '../components/states.tsx';
import {
  emptyProduct,
  productBody,
  productProblems,
  productValues,
  type ProductValues,
} from './admin-product-values.ts';

/** Create (`/admin/products/new`) or edit (`/admin/products/:id`) a product. */
export function AdminProductPage() {
  const { params } = useRoute();
  const id = params.id === 'new' ? null : (params.id ?? null);
  const existing = useResource(
    async () =>
      id ? { product: await shop.product(id), stock: await admin.stock(id).catch(() => undefined) } : null,
    [id],
  );
  const categories = useResource((signal) => shop.categories(signal), []);
  if (existing.error) return <ErrorNote error={existing.error} retry={existing.reload} />;
  if (existing.loading || !categories.data) return <Loading what="Loading" />;
  const initial = existing.data
    ? productValues(existing.data.product, existing.data.stock?.onHand)
    : emptyProduct;
  return <ProductForm id={id} initial={initial} categories={categories.data.items} />;
}

function ProductForm(props: {
  id: string | null;
  initial: ProductValues;
  categories: Array<{ id: string; name: string }>;
}) {
  const { route, query } = useLocation();
  const [values, setValues] = useState(props.initial);
  const [problems, setProblems] = useState<Partial<Record<keyof ProductValues, string>>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [saved, setSaved] = useState(query.created ? `Saved ${props.initial.name}.` : '');
  useEffect(() => setValues(props.initial), [props.id]);
  const submit = async (event: Event) => {
    event.preventDefault();
    const found = productProblems(values);
    setProblems(found);
    setSaved('');
    if (Object.keys(found).length > 0) return;
    try {
      const product = props.id
        ? await admin.updateProduct(props.id, productBody(values))
        : await admin.createProduct(productBody(values));
      if (values.stock.trim() !== '') await admin.setStock(product.id, Number(values.stock));
      setFailure(null);
      setSaved(`Saved ${product.name}.`);
      if (!props.id) route(`/admin/products/${product.id}?created=1`, true);
    } catch (error) {
      if (error instanceof ApiError) setProblems(error.fields as typeof problems);
      setFailure(
        error instanceof ApiError && error.status === 409 ? new ApiError(409, { code: 'SKU_TAKEN' }) : error,
      );
    }
  };
  const bind = (name: keyof ProductValues) => ({
    name,
    value: values[name],
    error: problems[name],
    onInput: (event: Event) =>
      setValues({ ...values, [name]: (event.currentTarget as HTMLInputElement).value }),
  });
  return (
    <form class="narrow" onSubmit={submit} noValidate>
      <p>
        <a href="/admin/products">← All products</a>
      </p>
      <h1>{props.id ? `Edit ${props.initial.name}` : 'New product'}</h1>
      <Field label="SKU" {...bind('sku')} />
      <Field label="Name" {...bind('name')} />
      <div class={problems.description ? 'field invalid' : 'field'}>
        <label for="field-description">Description</label>
        <textarea
          id="field-description"
          rows={4}
          value={values.description}
          aria-invalid={problems.description ? 'true' : 'false'}
          onInput={(event) => setValues({ ...values, description: event.currentTarget.value })}
        />
        {problems.description && <small class="error">{problems.description}</small>}
      </div>
      <div class={problems.category ? 'field invalid' : 'field'}>
        <label for="field-category">Category</label>
        <select
          id="field-category"
          value={values.category}
          onChange={(event) => setValues({ ...values, category: event.currentTarget.value })}
        >
          <option value="">Choose…</option>
          {props.categories.map((category) => (
            <option key={category.id} value={category.id}>
              {category.name}
            </option>
          ))}
        </select>
        {problems.category && <small class="error">{problems.category}</small>}
      </div>
      <Field label="Price (USD)" inputMode="decimal" {...bind('price')} />
      <Field label="Image URL (optional)" hint="Leave empty for a drawn picture." {...bind('imageUrl')} />
      <Field label="Stock on hand" inputMode="numeric" {...bind('stock')} />
      {failure ? <ErrorNote error={failure} /> : null}
      <p role="status" class="ok">
        {saved}
      </p>
      <button type="submit" class="button primary wide">
        {props.id ? 'Save changes' : 'Create product'}
      </button>
    </form>
  );
}
