package se.varna.crimestatistics;

import java.util.Arrays;

/**
 * The valid rows of a crime-statistics file in primitive arrays (a million rows take about
 * 30 MB): month, catalog indexes of area and category, sex, age-group id and count, and the
 * record key the copier gave the row as it stored it (see {@link CrimeFactCopier}).
 */
final class CrimeRows {

    int size;
    int[] month = new int[1024];
    int[] area = new int[1024];
    int[] category = new int[1024];
    byte[] sex = new byte[1024];
    int[] ageGroupId = new int[1024];
    int[] count = new int[1024];
    int[] rowNumber = new int[1024];
    int[] recordKey = new int[1024];

    void add(int month, int area, int category, byte sex, int ageGroupId, int count, int rowNumber) {
        if (size == this.month.length) {
            int n = size * 2;
            this.month = Arrays.copyOf(this.month, n);
            this.area = Arrays.copyOf(this.area, n);
            this.category = Arrays.copyOf(this.category, n);
            this.sex = Arrays.copyOf(this.sex, n);
            this.ageGroupId = Arrays.copyOf(this.ageGroupId, n);
            this.count = Arrays.copyOf(this.count, n);
            this.rowNumber = Arrays.copyOf(this.rowNumber, n);
            this.recordKey = Arrays.copyOf(this.recordKey, n);
        }
        this.month[size] = month;
        this.area[size] = area;
        this.category[size] = category;
        this.sex[size] = sex;
        this.ageGroupId[size] = ageGroupId;
        this.count[size] = count;
        this.rowNumber[size] = rowNumber;
        size++;
    }

    /** What makes a row unique: month, area, category, sex and age group, packed. */
    long key(int i) {
        return ((long) (month[i] & 0xfffff) << 42) | ((long) (area[i] & 0xffff) << 26)
                | ((long) (category[i] & 0xffff) << 10) | ((long) (sex[i] & 0x3) << 8) | (ageGroupId[i] & 0xff);
    }

    /** Keeps only the rows {@code keep} marks, in order. */
    void retain(boolean[] keep) {
        int j = 0;
        for (int i = 0; i < size; i++) {
            if (keep[i]) {
                month[j] = month[i];
                area[j] = area[i];
                category[j] = category[i];
                sex[j] = sex[i];
                ageGroupId[j] = ageGroupId[i];
                count[j] = count[i];
                rowNumber[j] = rowNumber[i];
                recordKey[j] = recordKey[i];
                j++;
            }
        }
        size = j;
    }

    /** A strong 64-bit mix of a row (key and count), summed per month as its checksum. */
    long hash(int i) {
        long h = key(i) * 0x9E3779B97F4A7C15L + count[i];
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
