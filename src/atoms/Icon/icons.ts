// Generated list, edited by hand: the icon set product UIs need, drawn by lucide (ISC licence).
// Each icon is its own export marked pure, so a bundler keeps only the icons an app imports.
// To add one: import its drawing from 'lucide' and add a line in the right group (and to iconGroups).
import {
  AlarmClock,
  Archive,
  ArrowDown,
  ArrowLeft,
  ArrowRight,
  ArrowUp,
  ArrowUpDown,
  Ban,
  Bell,
  BellOff,
  Bookmark,
  Building2,
  Calendar,
  CalendarDays,
  Camera,
  ChartBar,
  ChartLine,
  Check,
  ChevronDown,
  ChevronLeft,
  ChevronRight,
  ChevronUp,
  ChevronsLeft,
  ChevronsRight,
  CircleAlert,
  CircleCheck,
  CircleHelp,
  CircleUser,
  CircleX,
  Clipboard,
  Clock,
  Contact,
  Contrast,
  Copy,
  CornerUpLeft,
  CreditCard,
  Disc3,
  DollarSign,
  Download,
  Ellipsis,
  EllipsisVertical,
  ExternalLink,
  Eye,
  EyeOff,
  File,
  FileImage,
  FileMusic,
  FileSpreadsheet,
  FileText,
  Filter,
  Flag,
  Folder,
  FolderOpen,
  Globe,
  GripVertical,
  Headphones,
  Heart,
  History,
  Hourglass,
  House,
  Image,
  Info,
  Link,
  ListFilter,
  ListMusic,
  LoaderCircle,
  Lock,
  LockOpen,
  LogIn,
  LogOut,
  Mail,
  MapPin,
  Maximize2,
  Menu,
  MessageSquare,
  Mic,
  Minimize2,
  Minus,
  Moon,
  Music,
  PanelLeft,
  Paperclip,
  Pause,
  Pencil,
  Phone,
  Play,
  Plus,
  Printer,
  Radio,
  RefreshCw,
  Repeat,
  RotateCcw,
  Save,
  Search,
  Send,
  Settings,
  Share2,
  ShieldCheck,
  ShoppingCart,
  Shuffle,
  SkipBack,
  SkipForward,
  Square,
  Star,
  Sun,
  Tag,
  ThumbsUp,
  Timer,
  Trash2,
  TriangleAlert,
  Upload,
  User,
  UserCheck,
  UserMinus,
  UserPlus,
  Users,
  Video,
  Volume2,
  VolumeX,
  X,
  ZoomIn,
  ZoomOut,
} from 'lucide';
import { createIcon } from './createIcon';

// Navigation
export const ArrowLeftIcon = /* @__PURE__ */ createIcon('ArrowLeftIcon', ArrowLeft, {
  mirrorInRtl: true,
});
export const ArrowRightIcon = /* @__PURE__ */ createIcon('ArrowRightIcon', ArrowRight, {
  mirrorInRtl: true,
});
export const ArrowUpIcon = /* @__PURE__ */ createIcon('ArrowUpIcon', ArrowUp);
export const ArrowDownIcon = /* @__PURE__ */ createIcon('ArrowDownIcon', ArrowDown);
export const ChevronLeftIcon = /* @__PURE__ */ createIcon('ChevronLeftIcon', ChevronLeft, {
  mirrorInRtl: true,
});
export const ChevronRightIcon = /* @__PURE__ */ createIcon('ChevronRightIcon', ChevronRight, {
  mirrorInRtl: true,
});
export const ChevronUpIcon = /* @__PURE__ */ createIcon('ChevronUpIcon', ChevronUp);
export const ChevronDownIcon = /* @__PURE__ */ createIcon('ChevronDownIcon', ChevronDown);
export const ChevronsLeftIcon = /* @__PURE__ */ createIcon('ChevronsLeftIcon', ChevronsLeft, {
  mirrorInRtl: true,
});
export const ChevronsRightIcon = /* @__PURE__ */ createIcon('ChevronsRightIcon', ChevronsRight, {
  mirrorInRtl: true,
});
export const MenuIcon = /* @__PURE__ */ createIcon('MenuIcon', Menu);
export const HouseIcon = /* @__PURE__ */ createIcon('HouseIcon', House);
export const ExternalLinkIcon = /* @__PURE__ */ createIcon('ExternalLinkIcon', ExternalLink);
export const LinkIcon = /* @__PURE__ */ createIcon('LinkIcon', Link);
export const CornerUpLeftIcon = /* @__PURE__ */ createIcon('CornerUpLeftIcon', CornerUpLeft, {
  mirrorInRtl: true,
});
export const EllipsisIcon = /* @__PURE__ */ createIcon('EllipsisIcon', Ellipsis);
export const EllipsisVerticalIcon = /* @__PURE__ */ createIcon(
  'EllipsisVerticalIcon',
  EllipsisVertical,
);
export const PanelLeftIcon = /* @__PURE__ */ createIcon('PanelLeftIcon', PanelLeft, {
  mirrorInRtl: true,
});

// Actions
export const PlusIcon = /* @__PURE__ */ createIcon('PlusIcon', Plus);
export const MinusIcon = /* @__PURE__ */ createIcon('MinusIcon', Minus);
export const XIcon = /* @__PURE__ */ createIcon('XIcon', X);
export const CheckIcon = /* @__PURE__ */ createIcon('CheckIcon', Check);
export const PencilIcon = /* @__PURE__ */ createIcon('PencilIcon', Pencil);
export const Trash2Icon = /* @__PURE__ */ createIcon('Trash2Icon', Trash2);
export const CopyIcon = /* @__PURE__ */ createIcon('CopyIcon', Copy);
export const DownloadIcon = /* @__PURE__ */ createIcon('DownloadIcon', Download);
export const UploadIcon = /* @__PURE__ */ createIcon('UploadIcon', Upload);
export const Share2Icon = /* @__PURE__ */ createIcon('Share2Icon', Share2);
export const SearchIcon = /* @__PURE__ */ createIcon('SearchIcon', Search);
export const FilterIcon = /* @__PURE__ */ createIcon('FilterIcon', Filter);
export const SettingsIcon = /* @__PURE__ */ createIcon('SettingsIcon', Settings);
export const RefreshCwIcon = /* @__PURE__ */ createIcon('RefreshCwIcon', RefreshCw);
export const RotateCcwIcon = /* @__PURE__ */ createIcon('RotateCcwIcon', RotateCcw);
export const SaveIcon = /* @__PURE__ */ createIcon('SaveIcon', Save);
export const SendIcon = /* @__PURE__ */ createIcon('SendIcon', Send, { mirrorInRtl: true });
export const LogInIcon = /* @__PURE__ */ createIcon('LogInIcon', LogIn, { mirrorInRtl: true });
export const LogOutIcon = /* @__PURE__ */ createIcon('LogOutIcon', LogOut, { mirrorInRtl: true });
export const EyeIcon = /* @__PURE__ */ createIcon('EyeIcon', Eye);
export const EyeOffIcon = /* @__PURE__ */ createIcon('EyeOffIcon', EyeOff);
export const LockIcon = /* @__PURE__ */ createIcon('LockIcon', Lock);
export const LockOpenIcon = /* @__PURE__ */ createIcon('LockOpenIcon', LockOpen);
export const StarIcon = /* @__PURE__ */ createIcon('StarIcon', Star);
export const HeartIcon = /* @__PURE__ */ createIcon('HeartIcon', Heart);
export const BookmarkIcon = /* @__PURE__ */ createIcon('BookmarkIcon', Bookmark);
export const ThumbsUpIcon = /* @__PURE__ */ createIcon('ThumbsUpIcon', ThumbsUp);
export const PrinterIcon = /* @__PURE__ */ createIcon('PrinterIcon', Printer);
export const ZoomInIcon = /* @__PURE__ */ createIcon('ZoomInIcon', ZoomIn);
export const ZoomOutIcon = /* @__PURE__ */ createIcon('ZoomOutIcon', ZoomOut);
export const Maximize2Icon = /* @__PURE__ */ createIcon('Maximize2Icon', Maximize2);
export const Minimize2Icon = /* @__PURE__ */ createIcon('Minimize2Icon', Minimize2);
export const GripVerticalIcon = /* @__PURE__ */ createIcon('GripVerticalIcon', GripVertical);
export const ListFilterIcon = /* @__PURE__ */ createIcon('ListFilterIcon', ListFilter);
export const ArrowUpDownIcon = /* @__PURE__ */ createIcon('ArrowUpDownIcon', ArrowUpDown);

// Status
export const InfoIcon = /* @__PURE__ */ createIcon('InfoIcon', Info);
export const CircleCheckIcon = /* @__PURE__ */ createIcon('CircleCheckIcon', CircleCheck);
export const CircleAlertIcon = /* @__PURE__ */ createIcon('CircleAlertIcon', CircleAlert);
export const TriangleAlertIcon = /* @__PURE__ */ createIcon('TriangleAlertIcon', TriangleAlert);
export const CircleXIcon = /* @__PURE__ */ createIcon('CircleXIcon', CircleX);
export const CircleHelpIcon = /* @__PURE__ */ createIcon('CircleHelpIcon', CircleHelp);
export const BellIcon = /* @__PURE__ */ createIcon('BellIcon', Bell);
export const BellOffIcon = /* @__PURE__ */ createIcon('BellOffIcon', BellOff);
export const ShieldCheckIcon = /* @__PURE__ */ createIcon('ShieldCheckIcon', ShieldCheck);
export const LoaderCircleIcon = /* @__PURE__ */ createIcon('LoaderCircleIcon', LoaderCircle);
export const BanIcon = /* @__PURE__ */ createIcon('BanIcon', Ban);
export const FlagIcon = /* @__PURE__ */ createIcon('FlagIcon', Flag);

// Media and music
export const PlayIcon = /* @__PURE__ */ createIcon('PlayIcon', Play);
export const PauseIcon = /* @__PURE__ */ createIcon('PauseIcon', Pause);
export const SkipBackIcon = /* @__PURE__ */ createIcon('SkipBackIcon', SkipBack);
export const SkipForwardIcon = /* @__PURE__ */ createIcon('SkipForwardIcon', SkipForward);
export const SquareIcon = /* @__PURE__ */ createIcon('SquareIcon', Square);
export const Volume2Icon = /* @__PURE__ */ createIcon('Volume2Icon', Volume2);
export const VolumeXIcon = /* @__PURE__ */ createIcon('VolumeXIcon', VolumeX);
export const MicIcon = /* @__PURE__ */ createIcon('MicIcon', Mic);
export const MusicIcon = /* @__PURE__ */ createIcon('MusicIcon', Music);
export const HeadphonesIcon = /* @__PURE__ */ createIcon('HeadphonesIcon', Headphones);
export const RadioIcon = /* @__PURE__ */ createIcon('RadioIcon', Radio);
export const Disc3Icon = /* @__PURE__ */ createIcon('Disc3Icon', Disc3);
export const ListMusicIcon = /* @__PURE__ */ createIcon('ListMusicIcon', ListMusic);
export const ImageIcon = /* @__PURE__ */ createIcon('ImageIcon', Image);
export const VideoIcon = /* @__PURE__ */ createIcon('VideoIcon', Video);
export const CameraIcon = /* @__PURE__ */ createIcon('CameraIcon', Camera);
export const RepeatIcon = /* @__PURE__ */ createIcon('RepeatIcon', Repeat);
export const ShuffleIcon = /* @__PURE__ */ createIcon('ShuffleIcon', Shuffle);

// Files
export const FileIcon = /* @__PURE__ */ createIcon('FileIcon', File);
export const FileTextIcon = /* @__PURE__ */ createIcon('FileTextIcon', FileText);
export const FolderIcon = /* @__PURE__ */ createIcon('FolderIcon', Folder);
export const FolderOpenIcon = /* @__PURE__ */ createIcon('FolderOpenIcon', FolderOpen);
export const PaperclipIcon = /* @__PURE__ */ createIcon('PaperclipIcon', Paperclip);
export const ArchiveIcon = /* @__PURE__ */ createIcon('ArchiveIcon', Archive);
export const ClipboardIcon = /* @__PURE__ */ createIcon('ClipboardIcon', Clipboard);
export const FileMusicIcon = /* @__PURE__ */ createIcon('FileMusicIcon', FileMusic);
export const FileSpreadsheetIcon = /* @__PURE__ */ createIcon(
  'FileSpreadsheetIcon',
  FileSpreadsheet,
);
export const FileImageIcon = /* @__PURE__ */ createIcon('FileImageIcon', FileImage);

// People
export const UserIcon = /* @__PURE__ */ createIcon('UserIcon', User);
export const UsersIcon = /* @__PURE__ */ createIcon('UsersIcon', Users);
export const UserPlusIcon = /* @__PURE__ */ createIcon('UserPlusIcon', UserPlus);
export const UserMinusIcon = /* @__PURE__ */ createIcon('UserMinusIcon', UserMinus);
export const UserCheckIcon = /* @__PURE__ */ createIcon('UserCheckIcon', UserCheck);
export const CircleUserIcon = /* @__PURE__ */ createIcon('CircleUserIcon', CircleUser);
export const ContactIcon = /* @__PURE__ */ createIcon('ContactIcon', Contact);
export const Building2Icon = /* @__PURE__ */ createIcon('Building2Icon', Building2);

// Time
export const CalendarIcon = /* @__PURE__ */ createIcon('CalendarIcon', Calendar);
export const CalendarDaysIcon = /* @__PURE__ */ createIcon('CalendarDaysIcon', CalendarDays);
export const ClockIcon = /* @__PURE__ */ createIcon('ClockIcon', Clock);
export const TimerIcon = /* @__PURE__ */ createIcon('TimerIcon', Timer);
export const HistoryIcon = /* @__PURE__ */ createIcon('HistoryIcon', History);
export const HourglassIcon = /* @__PURE__ */ createIcon('HourglassIcon', Hourglass);
export const AlarmClockIcon = /* @__PURE__ */ createIcon('AlarmClockIcon', AlarmClock);

// Communication and commerce
export const MailIcon = /* @__PURE__ */ createIcon('MailIcon', Mail);
export const MessageSquareIcon = /* @__PURE__ */ createIcon('MessageSquareIcon', MessageSquare);
export const PhoneIcon = /* @__PURE__ */ createIcon('PhoneIcon', Phone);
export const GlobeIcon = /* @__PURE__ */ createIcon('GlobeIcon', Globe);
export const MapPinIcon = /* @__PURE__ */ createIcon('MapPinIcon', MapPin);
export const ChartBarIcon = /* @__PURE__ */ createIcon('ChartBarIcon', ChartBar);
export const ChartLineIcon = /* @__PURE__ */ createIcon('ChartLineIcon', ChartLine);
export const DollarSignIcon = /* @__PURE__ */ createIcon('DollarSignIcon', DollarSign);
export const CreditCardIcon = /* @__PURE__ */ createIcon('CreditCardIcon', CreditCard);
export const ShoppingCartIcon = /* @__PURE__ */ createIcon('ShoppingCartIcon', ShoppingCart);
export const TagIcon = /* @__PURE__ */ createIcon('TagIcon', Tag);
export const SunIcon = /* @__PURE__ */ createIcon('SunIcon', Sun);
export const MoonIcon = /* @__PURE__ */ createIcon('MoonIcon', Moon);
export const ContrastIcon = /* @__PURE__ */ createIcon('ContrastIcon', Contrast);
