import { defineProject } from 'vitest/config';
import { packageTestConfig } from '../../vitest.shared.ts';

export default defineProject(packageTestConfig('k8s'));
