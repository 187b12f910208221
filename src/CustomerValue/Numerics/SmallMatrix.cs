namespace CustomerValue.Numerics;

/// <summary>Dense symmetric linear algebra for the few-parameter problems of maximum likelihood (row-major arrays).</summary>
internal static class SmallMatrix
{
    /// <summary>Cholesky factor L (lower, row-major) of the symmetric matrix <paramref name="a"/>; false when not positive definite.</summary>
    public static bool TryCholesky(ReadOnlySpan<double> a, int n, Span<double> lower)
    {
        lower.Clear();
        for (int j = 0; j < n; j++)
        {
            double d = a[(j * n) + j];
            for (int k = 0; k < j; k++)
            {
                d -= lower[(j * n) + k] * lower[(j * n) + k];
            }

            if (!(d > 0) || !double.IsFinite(d))
            {
                return false;
            }

            double ljj = Math.Sqrt(d);
            lower[(j * n) + j] = ljj;
            for (int i = j + 1; i < n; i++)
            {
                double s = a[(i * n) + j];
                for (int k = 0; k < j; k++)
                {
                    s -= lower[(i * n) + k] * lower[(j * n) + k];
                }

                lower[(i * n) + j] = s / ljj;
            }
        }

        return true;
    }

    /// <summary>Solves L Lᵀ x = b in place, given the Cholesky factor.</summary>
    public static void CholeskySolve(ReadOnlySpan<double> lower, int n, Span<double> b)
    {
        for (int i = 0; i < n; i++)
        {
            double s = b[i];
            for (int k = 0; k < i; k++)
            {
                s -= lower[(i * n) + k] * b[k];
            }

            b[i] = s / lower[(i * n) + i];
        }

        for (int i = n - 1; i >= 0; i--)
        {
            double s = b[i];
            for (int k = i + 1; k < n; k++)
            {
                s -= lower[(k * n) + i] * b[k];
            }

            b[i] = s / lower[(i * n) + i];
        }
    }

    /// <summary>The inverse of a symmetric positive-definite matrix, or false.</summary>
    public static bool TryInvertSymmetricPositiveDefinite(ReadOnlySpan<double> a, int n, Span<double> inverse)
    {
        Span<double> lower = new double[n * n];
        if (!TryCholesky(a, n, lower))
        {
            return false;
        }

        Span<double> column = new double[n];
        for (int j = 0; j < n; j++)
        {
            column.Clear();
            column[j] = 1;
            CholeskySolve(lower, n, column);
            for (int i = 0; i < n; i++)
            {
                inverse[(i * n) + j] = column[i];
            }
        }

        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < i; j++)
            {
                double m = 0.5 * (inverse[(i * n) + j] + inverse[(j * n) + i]);
                inverse[(i * n) + j] = m;
                inverse[(j * n) + i] = m;
            }
        }

        return true;
    }
}
