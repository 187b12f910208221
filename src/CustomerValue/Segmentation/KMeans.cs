namespace CustomerValue.Segmentation;

/// <summary>
/// Lloyd's k-means with k-means++ seeding (Arthur &amp; Vassilvitskii 2007) and the silhouette (Rousseeuw 1987), on points
/// given in a fixed order so that a seed fixes the result.
/// </summary>
/// <remarks>
/// The objective is J = Σ_i ‖x_i − c_{label(i)}‖². Each iteration assigns every point to its nearest centroid (a point moves
/// only to a strictly nearer one; ties go to the lowest index) and moves each centroid to the mean of its points; neither
/// step can raise J, so the recorded history never increases. A cluster left empty takes the point farthest from its
/// centroid, which lowers J further.
/// </remarks>
internal static class KMeans
{
    public static KMeansRun Best(double[][] points, int k, Random random, int restarts, int maxIterations)
    {
        KMeansRun? best = null;
        for (int r = 0; r < restarts; r++)
        {
            KMeansRun run = Run(points, k, random, maxIterations);
            if (best is null || run.Objective < best.Objective)
            {
                best = run;
            }
        }

        return best!;
    }

    public static KMeansRun Run(double[][] points, int k, Random random, int maxIterations)
    {
        double[][] centroids = SeedPlusPlus(points, k, random);
        var labels = new int[points.Length];
        Array.Fill(labels, -1);
        var history = new List<double>();
        bool converged = false;
        int iterations = 0;
        while (iterations < maxIterations)
        {
            bool changed = Assign(points, centroids, labels);
            if (!changed)
            {
                converged = true;
                break;
            }

            iterations++;
            Update(points, centroids, labels);
            history.Add(Objective(points, centroids, labels));
        }

        return new KMeansRun(labels, centroids, [.. history], iterations, converged);
    }

    /// <summary>k-means++: the first centre uniformly, each next with probability proportional to D², the squared distance to the nearest centre chosen so far. Fewer than k centres when there are fewer distinct points.</summary>
    public static double[][] SeedPlusPlus(double[][] points, int k, Random random)
    {
        int n = points.Length;
        var centres = new List<double[]> { (double[])points[random.Next(n)].Clone() };
        var nearest = new double[n];
        for (int i = 0; i < n; i++)
        {
            nearest[i] = SquaredDistance(points[i], centres[0]);
        }

        while (centres.Count < k)
        {
            double total = 0;
            foreach (double d in nearest)
            {
                total += d;
            }

            if (!(total > 0))
            {
                break;
            }

            double target = random.NextDouble() * total;
            int chosen = -1;
            double cumulative = 0;
            for (int i = 0; i < n; i++)
            {
                if (nearest[i] > 0)
                {
                    chosen = i;
                    cumulative += nearest[i];
                    if (cumulative > target)
                    {
                        break;
                    }
                }
            }

            double[] centre = (double[])points[chosen].Clone();
            centres.Add(centre);
            for (int i = 0; i < n; i++)
            {
                nearest[i] = Math.Min(nearest[i], SquaredDistance(points[i], centre));
            }
        }

        return [.. centres];
    }

    public static double Objective(double[][] points, double[][] centroids, int[] labels)
    {
        double total = 0;
        for (int i = 0; i < points.Length; i++)
        {
            total += SquaredDistance(points[i], centroids[labels[i]]);
        }

        return total;
    }

    /// <summary>The mean silhouette of the points: s(i) = (b − a) / max(a, b), 0 for a point alone in its cluster.</summary>
    public static double Silhouette(double[][] points, int[] labels, int clusters)
    {
        int n = points.Length;
        if (n < 2)
        {
            return 0;
        }

        var sums = new double[clusters];
        var counts = new int[clusters];
        foreach (int label in labels)
        {
            counts[label]++;
        }

        double total = 0;
        for (int i = 0; i < n; i++)
        {
            Array.Clear(sums);
            for (int j = 0; j < n; j++)
            {
                if (j != i)
                {
                    sums[labels[j]] += Math.Sqrt(SquaredDistance(points[i], points[j]));
                }
            }

            int own = labels[i];
            if (counts[own] < 2)
            {
                continue;
            }

            double a = sums[own] / (counts[own] - 1);
            double b = double.PositiveInfinity;
            for (int c = 0; c < clusters; c++)
            {
                if (c != own && counts[c] > 0)
                {
                    b = Math.Min(b, sums[c] / counts[c]);
                }
            }

            double spread = Math.Max(a, b);
            total += double.IsFinite(b) && spread > 0 ? (b - a) / spread : 0;
        }

        return total / n;
    }

    public static double SquaredDistance(double[] x, double[] y)
    {
        double sum = 0;
        for (int j = 0; j < x.Length; j++)
        {
            double d = x[j] - y[j];
            sum += d * d;
        }

        return sum;
    }

    private static bool Assign(double[][] points, double[][] centroids, int[] labels)
    {
        bool changed = false;
        for (int i = 0; i < points.Length; i++)
        {
            int best = labels[i];
            double bestDistance = best >= 0 ? SquaredDistance(points[i], centroids[best]) : double.PositiveInfinity;
            for (int c = 0; c < centroids.Length; c++)
            {
                double d = SquaredDistance(points[i], centroids[c]);
                if (d < bestDistance)
                {
                    best = c;
                    bestDistance = d;
                }
            }

            changed |= best != labels[i];
            labels[i] = best;
        }

        return changed;
    }

    private static void Update(double[][] points, double[][] centroids, int[] labels)
    {
        int dimensions = points[0].Length;
        var counts = new int[centroids.Length];
        var sums = new double[centroids.Length][];
        for (int c = 0; c < sums.Length; c++)
        {
            sums[c] = new double[dimensions];
        }

        for (int i = 0; i < points.Length; i++)
        {
            counts[labels[i]]++;
            double[] sum = sums[labels[i]];
            for (int j = 0; j < dimensions; j++)
            {
                sum[j] += points[i][j];
            }
        }

        for (int c = 0; c < centroids.Length; c++)
        {
            if (counts[c] > 0)
            {
                for (int j = 0; j < dimensions; j++)
                {
                    centroids[c][j] = sums[c][j] / counts[c];
                }
            }
        }

        for (int c = 0; c < centroids.Length; c++)
        {
            if (counts[c] == 0)
            {
                Reseed(points, centroids, labels, counts, c);
            }
        }
    }

    private static void Reseed(double[][] points, double[][] centroids, int[] labels, int[] counts, int empty)
    {
        int farthest = -1;
        double distance = 0;
        for (int i = 0; i < points.Length; i++)
        {
            double d = SquaredDistance(points[i], centroids[labels[i]]);
            if (d > distance && counts[labels[i]] > 1)
            {
                farthest = i;
                distance = d;
            }
        }

        if (farthest >= 0)
        {
            counts[labels[farthest]]--;
            labels[farthest] = empty;
            counts[empty] = 1;
            centroids[empty] = (double[])points[farthest].Clone();
        }
    }
}
