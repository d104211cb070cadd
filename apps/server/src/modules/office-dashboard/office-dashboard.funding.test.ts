import { describe, expect, it } from 'vitest';
import { fundingRatio, plannedFunding, roundWan } from './office-dashboard.funding';

describe('planned funding of a direction', () => {
  it('takes the planned budget first', () => {
    expect(plannedFunding({ plannedBudgetWan: 7000, plannedProjects: 2, fundingCapWan: 300 })).toEqual({
      wan: 7000,
      basis: 'plannedBudget',
    });
  });
  it('falls back to cap × planned projects, and to nothing', () => {
    expect(plannedFunding({ plannedBudgetWan: null, plannedProjects: 4, fundingCapWan: 200 })).toEqual({
      wan: 800,
      basis: 'capTimesProjects',
    });
    expect(plannedFunding({ plannedBudgetWan: null, plannedProjects: null, fundingCapWan: 200 })).toBeNull();
    expect(plannedFunding({ plannedBudgetWan: null, plannedProjects: 3, fundingCapWan: null })).toBeNull();
  });
  it('gives a ratio only against a positive plan', () => {
    expect(fundingRatio(150, { wan: 600, basis: 'plannedBudget' })).toBe(0.25);
    expect(fundingRatio(150, { wan: 0, basis: 'plannedBudget' })).toBeNull();
    expect(fundingRatio(150, null)).toBeNull();
  });
  it('rounds 万元 to cents', () => {
    expect(roundWan(0.1 + 0.2)).toBe(0.3);
    expect(roundWan(30.005 + 0.000001)).toBe(30.01);
  });
});
