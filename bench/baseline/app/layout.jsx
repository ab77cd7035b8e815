/** The bare Next.js page of `npm run bench:baseline`: what the framework costs with nothing of the site in it. */
export const metadata = { title: "Trang trống", description: "Một trang Next.js trống để đo nền." };

export default function RootLayout({ children }) {
  return (
    <html lang="vi">
      <body>{children}</body>
    </html>
  );
}
