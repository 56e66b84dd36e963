import Type from 'typebox';
import { defineRoute, problemResponses } from '../routes/index.js';
import { CategoryList } from './category.js';
import { CreateProductBody, UpdateProductBody } from './product-admin.js';
import { ProductImageParams } from './product-image.js';
import { ProductListQuery, ProductPage } from './product-list.js';
import { Product, ProductIdParams } from './product.js';

const tags = ['catalog'];
const adminTags = ['catalog admin'];

/** The catalog service's operations: public reads, the admin's writes, the drawn pictures. */
export const catalogRoutes = {
  listCategories: defineRoute({
    method: 'GET',
    path: '/categories',
    summary: 'Every category with its product count',
    tags,
    responses: { 200: CategoryList },
  }),
  listProducts: defineRoute({
    method: 'GET',
    path: '/products',
    summary: 'One page of products, by name; filter by category or look up a list of ids',
    tags,
    query: ProductListQuery,
    responses: { 200: ProductPage, ...problemResponses(400) },
  }),
  getProduct: defineRoute({
    method: 'GET',
    path: '/products/:id',
    summary: 'One product',
    tags,
    params: ProductIdParams,
    responses: { 200: Product, ...problemResponses(400, 404) },
  }),
  createProduct: defineRoute({
    method: 'POST',
    path: '/products',
    summary: 'Create a product (admin)',
    tags: adminTags,
    body: CreateProductBody,
    responses: { 201: Product, ...problemResponses(400, 401, 403, 409, 413, 415) },
  }),
  updateProduct: defineRoute({
    method: 'PATCH',
    path: '/products/:id',
    summary: 'Change some fields of a product (admin)',
    tags: adminTags,
    params: ProductIdParams,
    body: UpdateProductBody,
    responses: { 200: Product, ...problemResponses(400, 401, 403, 404, 409, 413, 415) },
  }),
  getProductImage: defineRoute({
    method: 'GET',
    path: '/images/products/:sku.svg',
    summary: "A product's drawn picture (SVG)",
    tags,
    params: ProductImageParams,
    produces: 'image/svg+xml',
    responses: { 200: Type.String(), ...problemResponses(400, 404) },
  }),
};
