namespace Wijkaanpak.Core.Export;

/// <summary>
/// A Fruchterman–Reingold force-directed layout for the stakeholder network: every pair of
/// vertices repels, every edge attracts, a weak pull towards the centre keeps separate components
/// in view, and a temperature that cools linearly limits each move. Starting positions come from
/// a seeded generator and the loops run in a fixed order, so the same graph and seed give the same
/// positions. O(V²) per iteration: meant for drawings of up to a few hundred vertices.
/// </summary>
internal static class ForceLayout
{
    /// <summary>Positions <paramref name="vertexCount"/> vertices joined by <paramref name="edges"/> inside the canvas.</summary>
    /// <param name="vertexCount">Number of vertices.</param>
    /// <param name="edges">The edges; direction and duplicates do not matter, self-loops are ignored.</param>
    /// <param name="settings">Canvas, effort and seed.</param>
    /// <returns>Per vertex, its centre; always finite and inside the canvas minus the margin.</returns>
    public static LayoutPoint[] Compute(int vertexCount, IReadOnlyList<LayoutEdge> edges, ForceLayoutSettings settings)
    {
        var left = settings.Margin;
        var top = settings.Margin;
        var right = Math.Max(left, settings.Width - settings.Margin);
        var bottom = Math.Max(top, settings.Height - settings.Margin);
        var x = new double[vertexCount];
        var y = new double[vertexCount];
        var state = settings.Seed;
        for (var v = 0; v < vertexCount; v++)
        {
            x[v] = left + (NextUnit(ref state) * (right - left));
            y[v] = top + (NextUnit(ref state) * (bottom - top));
        }

        if (vertexCount < 2)
        {
            return Centre(vertexCount, left, right, top, bottom);
        }

        var k = Math.Sqrt(Math.Max(1, (right - left) * (bottom - top)) / vertexCount);
        var centreX = (left + right) / 2;
        var centreY = (top + bottom) / 2;
        var dx = new double[vertexCount];
        var dy = new double[vertexCount];
        var start = Math.Max(right - left, bottom - top) / 10;
        for (var iteration = 0; iteration < settings.Iterations; iteration++)
        {
            Array.Clear(dx);
            Array.Clear(dy);
            Repel(x, y, dx, dy, k);
            Attract(edges, x, y, dx, dy, k);
            for (var v = 0; v < vertexCount; v++)
            {
                dx[v] -= (x[v] - centreX) * 0.05;
                dy[v] -= (y[v] - centreY) * 0.05;
            }

            var temperature = start * (1 - ((double)iteration / settings.Iterations));
            for (var v = 0; v < vertexCount; v++)
            {
                var length = Math.Sqrt((dx[v] * dx[v]) + (dy[v] * dy[v]));
                if (length > 0 && double.IsFinite(length))
                {
                    var step = Math.Min(length, temperature) / length;
                    x[v] = Math.Clamp(x[v] + (dx[v] * step), left, right);
                    y[v] = Math.Clamp(y[v] + (dy[v] * step), top, bottom);
                }
            }
        }

        // The forces fix the shape, not its place: centre the drawing's bounding box on the canvas.
        var shiftX = centreX - ((x.Min() + x.Max()) / 2);
        var shiftY = centreY - ((y.Min() + y.Max()) / 2);
        var points = new LayoutPoint[vertexCount];
        for (var v = 0; v < vertexCount; v++)
        {
            points[v] = new LayoutPoint(Math.Clamp(x[v] + shiftX, left, right), Math.Clamp(y[v] + shiftY, top, bottom));
        }

        return points;
    }

    private static void Repel(double[] x, double[] y, double[] dx, double[] dy, double k)
    {
        var k2 = k * k;
        for (var u = 0; u < x.Length; u++)
        {
            for (var v = u + 1; v < x.Length; v++)
            {
                var ex = x[u] - x[v];
                var ey = y[u] - y[v];
                var d2 = (ex * ex) + (ey * ey);
                if (d2 < 1e-4)
                {
                    // Coincident vertices: push them apart along a direction fixed by their numbers.
                    var angle = (u * 7919 + v * 104729) % 360 * Math.PI / 180;
                    ex = Math.Cos(angle) * 0.01;
                    ey = Math.Sin(angle) * 0.01;
                    d2 = 1e-4;
                }

                var factor = k2 / d2;
                dx[u] += ex * factor;
                dy[u] += ey * factor;
                dx[v] -= ex * factor;
                dy[v] -= ey * factor;
            }
        }
    }

    private static void Attract(IReadOnlyList<LayoutEdge> edges, double[] x, double[] y, double[] dx, double[] dy, double k)
    {
        foreach (var (u, v) in edges)
        {
            if (u == v)
            {
                continue;
            }

            var ex = x[u] - x[v];
            var ey = y[u] - y[v];
            var d = Math.Sqrt((ex * ex) + (ey * ey));
            var factor = d / k;
            dx[u] -= ex * factor;
            dy[u] -= ey * factor;
            dx[v] += ex * factor;
            dy[v] += ey * factor;
        }
    }

    private static LayoutPoint[] Centre(int vertexCount, double left, double right, double top, double bottom) =>
        Enumerable.Repeat(new LayoutPoint((left + right) / 2, (top + bottom) / 2), vertexCount).ToArray();

    /// <summary>SplitMix64: a small, fast generator whose sequence is fixed by its seed on every platform.</summary>
    private static double NextUnit(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return (z >> 11) * (1.0 / (1UL << 53));
    }
}
