import { render, screen } from '@testing-library/react';
import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { QrCode } from './qr-code';

describe('QrCode', () => {
  const uri = 'otpauth://totp/Helsebro:kari%40ous-hf.no?secret=JBSWY3DPEHPK3PXP&issuer=Helsebro';

  it('draws every dark module of the code for the text, locally, with an accessible name', () => {
    render(<QrCode text={uri} label="QR-kode for autentiseringsappen" />);
    const svg = screen.getByRole('img', { name: 'QR-kode for autentiseringsappen' });
    const expected = encode(uri, { ecc: 'M', border: 2 });
    const dark = expected.data.flat().filter(Boolean).length;
    const drawn = svg.querySelector('path')?.getAttribute('d')?.match(/M/g)?.length ?? 0;
    expect(drawn).toBe(dark);
    expect(svg.getAttribute('viewBox')).toBe(`0 0 ${expected.size} ${expected.size}`);
    // Nothing is fetched: no image element, no URL.
    expect(svg.querySelector('image')).toBeNull();
    expect(svg.outerHTML).not.toMatch(/https?:/);
  });
});
