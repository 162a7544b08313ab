/**
 * Joins class names and lets a later Tailwind class win over an earlier one of the same kind
 * (`cn('px-3', 'px-2')` → `px-2`), so a component's defaults can be overridden by its caller.
 * clsx for conditional lists, tailwind-merge for the conflicts: both small, well kept, and the
 * usual pair for this in Tailwind projects.
 */
import { clsx, type ClassValue } from 'clsx';
import { twMerge } from 'tailwind-merge';

export const cn = (...classes: ClassValue[]) => twMerge(clsx(classes));
